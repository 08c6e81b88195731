#pragma once

class QWidget;
class StudyLibrary;

// The About box: version, licence, and the libraries the app is built on, with
// the versions running now.
namespace AboutText {
void show(QWidget *parent, StudyLibrary &library);
}
