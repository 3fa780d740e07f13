#include "testsupport.h"

#include "core/diagnostic.h"
#include "gis/gdalhandles.h"
#include "gis/textencoding.h"

#include <cpl_conv.h>
#include <cpl_string.h>

using namespace madoguchi;
using namespace madoguchi::gis;

namespace {

// 中央区 in CP932 (Shift_JIS).
const QByteArray chuoKuCp932("\x92\x86\x89\x9b\x8b\xe6");
// 中央区 in UTF-8.
const QByteArray chuoKuUtf8("\xe4\xb8\xad\xe5\xa4\xae\xe5\x8c\xba");
// ｸﾏﾓﾄ (half-width katakana) in CP932: single bytes 0xA1..0xDF.
const QByteArray kumamotoHalfWidthCp932("\xb8\xcf\xd3\xc4");

} // namespace

TEST_CASE("ASCII-only bytes are recognised as ASCII", "[textencoding]")
{
    CHECK(guessEncoding(QByteArrayLiteral("N03_004,43101,Chuo-ku\r\n")) == EncodingGuess::Ascii);
    CHECK(guessEncoding(QByteArray()) == EncodingGuess::Ascii);
}

TEST_CASE("UTF-8 Japanese is recognised as UTF-8", "[textencoding]")
{
    CHECK(guessEncoding(chuoKuUtf8) == EncodingGuess::Utf8);
    CHECK(guessEncoding(QByteArrayLiteral("id,name\n1,") + chuoKuUtf8 + "\n") == EncodingGuess::Utf8);
}

TEST_CASE("CP932 Japanese is recognised as CP932, not UTF-8", "[textencoding]")
{
    CHECK(guessEncoding(chuoKuCp932) == EncodingGuess::Cp932);
    CHECK(guessEncoding(QByteArrayLiteral("ward,") + chuoKuCp932 + "\r\n") == EncodingGuess::Cp932);
}

TEST_CASE("half-width katakana in CP932 is recognised as CP932", "[textencoding]")
{
    CHECK(guessEncoding(kumamotoHalfWidthCp932) == EncodingGuess::Cp932);
}

TEST_CASE("bytes valid in neither encoding are Unknown", "[textencoding]")
{
    // 0xFF is never valid in UTF-8 or CP932; 0x81 0x20 is a CP932 lead byte without a trail byte.
    CHECK(guessEncoding(QByteArray("\xff\xfe\x00\x41", 4)) == EncodingGuess::Unknown);
    CHECK(guessEncoding(QByteArray("abc\x81 def")) == EncodingGuess::Unknown);
    // A CP932 lead byte cut off at the end.
    CHECK(guessEncoding(chuoKuCp932.left(5)) == EncodingGuess::Unknown);
}

TEST_CASE("UTF-8 validation is strict: overlongs, surrogates and code points above U+10FFFF are refused",
          "[textencoding]")
{
    // Each is invalid UTF-8 and contains a byte (0xC0, 0xF5, 0x80 …) that CP932 does not allow at
    // that position either, so it is Unknown, never Utf8.
    CHECK(guessEncoding(QByteArray("\xc0\xaf")) != EncodingGuess::Utf8);          // overlong '/'
    CHECK(guessEncoding(QByteArray("\xe0\x80\xaf")) != EncodingGuess::Utf8);      // overlong '/'
    CHECK(guessEncoding(QByteArray("\xed\xa0\x80")) != EncodingGuess::Utf8);      // U+D800
    CHECK(guessEncoding(QByteArray("\xf4\x90\x80\x80")) != EncodingGuess::Utf8);  // U+110000
    CHECK(guessEncoding(QByteArray("\xf0\x9f\x98\x80")) == EncodingGuess::Utf8);  // U+1F600 is fine
}

TEST_CASE("CP932 text decodes to the same Unicode as its UTF-8 form", "[textencoding]")
{
    const QString expected = QString::fromUtf8(chuoKuUtf8);
    CHECK(decodeText(chuoKuCp932, TextEncoding::Cp932) == expected);
    CHECK(decodeText(chuoKuUtf8, TextEncoding::Utf8) == expected);
    CHECK(decodeText(kumamotoHalfWidthCp932, TextEncoding::Cp932)
          == QString::fromUtf8("\xef\xbd\xb8\xef\xbe\x8f\xef\xbe\x93\xef\xbe\x84")); // ｸﾏﾓﾄ
}

TEST_CASE("decoding round-trips: text encoded to CP932 or UTF-8 decodes to the original", "[textencoding]")
{
    const QString original = QString::fromUtf8("熊本市中央区 大江出張所 ｶﾀｶﾅ ①髙 ABC 123");
    CHECK(decodeText(original.toUtf8(), TextEncoding::Utf8) == original);

    ensureGdalRegistered();
    char *recoded = CPLRecode(original.toUtf8().constData(), CPL_ENC_UTF8, "CP932");
    const QByteArray cp932(recoded);
    CPLFree(recoded);
    REQUIRE(guessEncoding(cp932) == EncodingGuess::Cp932);
    CHECK(decodeText(cp932, TextEncoding::Cp932) == original);
    // 熊本 spelled out in CP932.
    CHECK(decodeText(QByteArray("\x8c\x46\x96\x7b"), TextEncoding::Cp932) == QString::fromUtf8("熊本"));
}

TEST_CASE("decoding invalid bytes throws an InputError naming the source", "[textencoding]")
{
    const QString what = QStringLiteral("offices.csv");
    try {
        decodeText(QByteArray("\x92\x86\xff"), TextEncoding::Cp932, what);
        FAIL("no InputError");
    } catch (const InputError &error) {
        CHECK(error.diagnostic().file == what);
        CHECK(error.diagnostic().message.contains(QStringLiteral("CP932")));
    }
    try {
        decodeText(chuoKuCp932, TextEncoding::Utf8, what);
        FAIL("no InputError");
    } catch (const InputError &error) {
        CHECK(error.diagnostic().file == what);
        CHECK(error.diagnostic().message.contains(QStringLiteral("UTF-8")));
    }
}

TEST_CASE("CP932 codes without a Unicode equivalent are an error, not a silent '?'", "[textencoding]")
{
    // 0x85 0x40 has valid lead and trail bytes but is unassigned in CP932. GDAL warns about lost
    // characters only once per process, so the second call proves the check does not depend on it.
    const QByteArray unassigned("\x8c\x46\x85\x40");
    CHECK(guessEncoding(unassigned) == EncodingGuess::Cp932);
    CHECK_THROWS_AS(decodeText(unassigned, TextEncoding::Cp932), InputError);
    CHECK_THROWS_AS(decodeText(unassigned, TextEncoding::Cp932), InputError);
    // A real '?' stays a '?'.
    CHECK(decodeText(QByteArray("\x8c\x46?"), TextEncoding::Cp932) == QString::fromUtf8("熊?"));
}

TEST_CASE("encoding names from .cpg files and project files are parsed case-insensitively",
          "[textencoding]")
{
    CHECK(parseTextEncoding(u"CP932") == TextEncoding::Cp932);
    CHECK(parseTextEncoding(u"shift_jis") == TextEncoding::Cp932);
    CHECK(parseTextEncoding(u"SJIS") == TextEncoding::Cp932);
    CHECK(parseTextEncoding(u"Windows-31J") == TextEncoding::Cp932);
    CHECK(parseTextEncoding(u"ms932") == TextEncoding::Cp932);
    CHECK(parseTextEncoding(u" CP932\r\n") == TextEncoding::Cp932);
    CHECK(parseTextEncoding(u"utf-8") == TextEncoding::Utf8);
    CHECK(parseTextEncoding(u"UTF8") == TextEncoding::Utf8);
    CHECK_FALSE(parseTextEncoding(u"ISO-8859-1").has_value());
    CHECK_FALSE(parseTextEncoding(u"EUC-JP").has_value());
    CHECK(textEncodingName(TextEncoding::Cp932) == QStringLiteral("CP932"));
    CHECK(textEncodingName(TextEncoding::Utf8) == QStringLiteral("UTF-8"));
    CHECK(parseTextEncoding(textEncodingName(TextEncoding::Cp932)) == TextEncoding::Cp932);
    CHECK(parseTextEncoding(textEncodingName(TextEncoding::Utf8)) == TextEncoding::Utf8);
}

TEST_CASE("decoding for display never fails: bytes that do not decode show as replacement characters",
          "[textencoding]")
{
    const QString replacement(QChar::ReplacementCharacter);
    // Valid text decodes as decodeText does.
    CHECK(decodeTextForDisplay(chuoKuCp932, TextEncoding::Cp932) == QString::fromUtf8(chuoKuUtf8));
    CHECK(decodeTextForDisplay(chuoKuUtf8, TextEncoding::Utf8) == QString::fromUtf8(chuoKuUtf8));
    // CP932 read as UTF-8: the Japanese is lost, the ASCII around it kept.
    const QString asUtf8 = decodeTextForDisplay(QByteArray("ward,") + chuoKuCp932, TextEncoding::Utf8);
    CHECK(asUtf8.startsWith(QStringLiteral("ward,")));
    CHECK(asUtf8.contains(replacement));
    // An invalid byte in CP932 becomes one replacement character; the text after it still decodes.
    CHECK(decodeTextForDisplay(QByteArray("\x8c\x46\xff\x96\x7b"), TextEncoding::Cp932)
          == QStringLiteral("熊") + replacement + QStringLiteral("本"));
    // So does an unassigned code (0x85 0x40) and a lead byte cut off at the end.
    CHECK(decodeTextForDisplay(QByteArray("\x8c\x46\x85\x40"), TextEncoding::Cp932).startsWith(QStringLiteral("熊") + replacement));
    CHECK(decodeTextForDisplay(chuoKuCp932.left(5), TextEncoding::Cp932)
          == QStringLiteral("中央") + replacement);
}
