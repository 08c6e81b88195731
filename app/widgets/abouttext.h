#pragma once

class QWidget;

namespace sdstudy::core {
class StudyLibrary;
} // namespace sdstudy::core

namespace sdstudy::widgets {

// The About box: version, licence, and the libraries the app is built on, with
// the versions running now.
namespace AboutText {
void show(QWidget *parent, core::StudyLibrary &library);
}

} // namespace sdstudy::widgets
