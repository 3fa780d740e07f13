#include "core/diagnostic.h"

namespace madoguchi {

QString Diagnostic::toString() const
{
    QString line;
    if (!file.isEmpty())
        line += file + QStringLiteral(": ");
    if (!location.isEmpty())
        line += location + QStringLiteral(": ");
    line += message;
    if (!hint.isEmpty())
        line += QStringLiteral(" (") + hint + QLatin1Char(')');
    return line;
}

InputError::InputError(Diagnostic diagnostic)
    : std::runtime_error(diagnostic.toString().toStdString())
    , mDiagnostic(std::move(diagnostic))
{
    mDiagnostic.severity = Severity::Error;
}

InputError::InputError(QString file, QString location, QString message, QString hint)
    : InputError(Diagnostic{Severity::Error, std::move(file), std::move(location), std::move(message),
                            std::move(hint)})
{
}

} // namespace madoguchi
