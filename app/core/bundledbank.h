#pragma once

#include <QString>

namespace sdstudy::core {

// The bank that ships inside the app. Its key is the bank a bare question number
// means ("show 21"), in the command line and in links; StudyLibrary imports it.
namespace BundledBank {

inline const QString kKey = QStringLiteral("system-design");

} // namespace BundledBank

} // namespace sdstudy::core
