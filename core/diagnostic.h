#pragma once

#include <QString>

#include <stdexcept>
#include <vector>

namespace madoguchi {

enum class Severity { Info, Warning, Error };

// A message a planner can act on: what is wrong, in which file, where in it (row, feature, field,
// key), and what to do about it.
struct Diagnostic
{
    Severity severity = Severity::Error;
    QString file;     // the file concerned, as the user named it; may be empty
    QString location; // "row 12, column fy2014_count", "feature 3", "layers.wards.path"; may be empty
    QString message;  // what is wrong
    QString hint;     // what to do; may be empty

    // One line: "file: location: message (hint)".
    QString toString() const;
};

using Diagnostics = std::vector<Diagnostic>;

// The one exception type for bad input. Thrown where input is found to be unusable; caught at the
// boundary of a command (CLI, GUI action) and shown to the user.
class InputError : public std::runtime_error
{
public:
    explicit InputError(Diagnostic diagnostic);
    InputError(QString file, QString location, QString message, QString hint = {});

    const Diagnostic &diagnostic() const { return mDiagnostic; }

private:
    Diagnostic mDiagnostic;
};

// Thrown by long work when the user cancels through a Feedback.
class Cancelled : public std::runtime_error
{
public:
    Cancelled() : std::runtime_error("cancelled") {}
};

} // namespace madoguchi
