#include "gis/textencoding.h"

#include "core/diagnostic.h"

#include <QCoreApplication>
#include <QStringList>

#include <iconv.h>

#include <cerrno>
#include <cstring>
#include <memory>

namespace madoguchi::gis {

namespace {

// Messages are looked up in the "TextEncodingText" context of the translations.
struct TextEncodingText
{
    Q_DECLARE_TR_FUNCTIONS(TextEncodingText)
};

// Length of the valid UTF-8 sequence starting at i, or 0 when it is not valid. Strict (RFC 3629):
// no overlong forms, no UTF-16 surrogates (U+D800..U+DFFF), nothing above U+10FFFF.
qsizetype utf8SequenceLength(const unsigned char *data, qsizetype size, qsizetype i)
{
    const unsigned char lead = data[i];
    if (lead < 0x80)
        return 1;
    qsizetype length = 0;
    unsigned char minSecond = 0x80;
    unsigned char maxSecond = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead == 0xE0) {
        length = 3;
        minSecond = 0xA0; // below: overlong
    } else if (lead >= 0xE1 && lead <= 0xEC) {
        length = 3;
    } else if (lead == 0xED) {
        length = 3;
        maxSecond = 0x9F; // above: surrogates
    } else if (lead >= 0xEE && lead <= 0xEF) {
        length = 3;
    } else if (lead == 0xF0) {
        length = 4;
        minSecond = 0x90; // below: overlong
    } else if (lead >= 0xF1 && lead <= 0xF3) {
        length = 4;
    } else if (lead == 0xF4) {
        length = 4;
        maxSecond = 0x8F; // above: beyond U+10FFFF
    } else {
        return 0; // 0x80..0xC1 (continuation or overlong lead), 0xF5..0xFF
    }
    if (i + length > size)
        return 0;
    if (data[i + 1] < minSecond || data[i + 1] > maxSecond)
        return 0;
    for (qsizetype k = 2; k < length; ++k) {
        if (data[i + k] < 0x80 || data[i + k] > 0xBF)
            return 0;
    }
    return length;
}

bool isCp932Lead(unsigned char byte)
{
    return (byte >= 0x81 && byte <= 0x9F) || (byte >= 0xE0 && byte <= 0xFC);
}

bool isCp932Trail(unsigned char byte)
{
    return (byte >= 0x40 && byte <= 0x7E) || (byte >= 0x80 && byte <= 0xFC);
}

// The byte offset of the first byte sequence that is not CP932, or -1 when all of it is.
qsizetype firstInvalidCp932(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char byte = data[i];
        if (byte <= 0x7F || (byte >= 0xA1 && byte <= 0xDF)) { // ASCII, half-width katakana
            ++i;
        } else if (isCp932Lead(byte)) {
            if (i + 1 >= size || !isCp932Trail(data[i + 1]))
                return i;
            i += 2;
        } else {
            return i;
        }
    }
    return -1;
}

qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const qsizetype length = utf8SequenceLength(data, size, i);
        if (length == 0)
            return i;
        i += length;
    }
    return -1;
}

struct IconvCloser
{
    void operator()(void *descriptor) const { iconv_close(static_cast<iconv_t>(descriptor)); }
};

// CP932 through iconv directly rather than GDAL's CPLRecode: CPLRecode skips bytes iconv cannot convert
// and warns only once per process, which would let a lost character pass unnoticed. Here any code
// without a Unicode equivalent (e.g. the unassigned 0x85 0x40) is an error, unless `lenient`: then each
// byte that does not convert becomes U+FFFD and the conversion goes on (for display only).
QString recodeCp932(const QByteArray &bytes, const QString &what, bool lenient = false)
{
    const auto conversionError = [&](const QString &reason) {
        return InputError(what, {},
                          TextEncodingText::tr("The text could not be converted from CP932 (Shift_JIS): %1")
                              .arg(reason),
                          TextEncodingText::tr("check the file's character encoding; set the encoding to UTF-8 if "
                                               "the text is not Shift_JIS"));
    };
    const iconv_t opened = iconv_open("UTF-8", "CP932");
    if (opened == reinterpret_cast<iconv_t>(-1))
        throw conversionError(TextEncodingText::tr("this system has no CP932 converter (iconv)"));
    const std::unique_ptr<void, IconvCloser> descriptor(opened);

    QByteArray input = bytes; // iconv's signature wants a mutable input pointer
    // One CP932 byte or byte pair becomes at most three UTF-8 bytes, and so does a replaced byte.
    QByteArray output(input.size() * 3 + 4, Qt::Uninitialized);
    char *in = input.data();
    size_t inLeft = size_t(input.size());
    char *out = output.data();
    size_t outLeft = size_t(output.size());
    while (iconv(opened, &in, &inLeft, &out, &outLeft) == size_t(-1)) {
        if (!lenient || errno == E2BIG)
            throw conversionError(TextEncodingText::tr("byte %1 has no Unicode equivalent").arg(in - input.data()));
        // An invalid or cut-off sequence: one replacement character for its first byte.
        static constexpr char replacement[] = "\xEF\xBF\xBD";
        std::memcpy(out, replacement, 3);
        out += 3;
        outLeft -= 3;
        ++in;
        --inLeft;
        iconv(opened, nullptr, nullptr, nullptr, nullptr);
    }
    if (iconv(opened, nullptr, nullptr, &out, &outLeft) == size_t(-1))
        throw conversionError(TextEncodingText::tr("byte %1 has no Unicode equivalent").arg(in - input.data()));
    output.truncate(out - output.data());
    return QString::fromUtf8(output);
}

} // namespace

std::optional<TextEncoding> parseTextEncoding(QStringView name)
{
    const QString key = name.trimmed().toString().toUpper().remove(QLatin1Char(' '));
    // ".cpg" files may also hold the Windows code page number (932, 65001).
    static const QStringList cp932Names = {
        QStringLiteral("CP932"),       QStringLiteral("SHIFT_JIS"), QStringLiteral("SHIFT-JIS"),
        QStringLiteral("SHIFTJIS"),    QStringLiteral("SJIS"),      QStringLiteral("WINDOWS-31J"),
        QStringLiteral("MS932"),       QStringLiteral("MS_KANJI"),  QStringLiteral("932"),
        QStringLiteral("WINDOWS-932"), QStringLiteral("ANSI932"),   QStringLiteral("X-SJIS"),
    };
    static const QStringList utf8Names = {QStringLiteral("UTF-8"), QStringLiteral("UTF8"),
                                          QStringLiteral("65001")};
    if (cp932Names.contains(key))
        return TextEncoding::Cp932;
    if (utf8Names.contains(key))
        return TextEncoding::Utf8;
    return std::nullopt;
}

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Cp932:
        return QStringLiteral("CP932");
    }
    return {};
}

EncodingGuess guessEncoding(const QByteArray &bytes)
{
    bool ascii = true;
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return EncodingGuess::Ascii;
    if (firstInvalidUtf8(bytes) < 0)
        return EncodingGuess::Utf8;
    if (firstInvalidCp932(bytes) < 0)
        return EncodingGuess::Cp932;
    return EncodingGuess::Unknown;
}

QString decodeText(const QByteArray &bytes, TextEncoding encoding, const QString &what)
{
    switch (encoding) {
    case TextEncoding::Utf8: {
        const qsizetype bad = firstInvalidUtf8(bytes);
        if (bad >= 0)
            throw InputError(what, {},
                             TextEncodingText::tr("The text is not valid UTF-8 (at byte %1)").arg(bad),
                             TextEncodingText::tr("If the text is Shift_JIS, set the encoding to CP932"));
        return QString::fromUtf8(bytes);
    }
    case TextEncoding::Cp932: {
        const qsizetype bad = firstInvalidCp932(bytes);
        if (bad >= 0)
            throw InputError(what, {},
                             TextEncodingText::tr("The text is not valid CP932 (Shift_JIS) (at byte %1)")
                                 .arg(bad),
                             TextEncodingText::tr("If the text is UTF-8, set the encoding to UTF-8"));
        return recodeCp932(bytes, what);
    }
    }
    return {};
}

QString decodeTextForDisplay(const QByteArray &bytes, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QString::fromUtf8(bytes); // invalid sequences become U+FFFD
    case TextEncoding::Cp932:
        return recodeCp932(bytes, {}, true);
    }
    return {};
}

QString encodingSourceDescription(EncodingSource source)
{
    switch (source) {
    case EncodingSource::CodePageFile:
        return TextEncodingText::tr(".cpg file");
    case EncodingSource::DbfLanguageDriver:
        return TextEncodingText::tr("DBF language driver");
    case EncodingSource::Detected:
        return TextEncodingText::tr("detected");
    case EncodingSource::Override:
        return TextEncodingText::tr("set by the user");
    case EncodingSource::Format:
        return TextEncodingText::tr("UTF-8 by format");
    }
    return {};
}

} // namespace madoguchi::gis
