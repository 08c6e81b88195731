#include "widgets/welcomebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QToolButton>

namespace sdstudy::widgets {

namespace {
const QString kWelcomedKey = QStringLiteral("window/welcomed");
} // namespace

WelcomeBar::WelcomeBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("welcomeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto *text = new QLabel(tr("<b>Welcome.</b> Ctrl+F searches, Alt+Down walks the questions, Ctrl+D bookmarks, "
                               "F5 starts studying, F9 shows the diagrams, F1 opens the guide."));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    auto *close = new QToolButton;
    close->setText(tr("Got it"));
    close->setAutoRaise(true);
    close->setAccessibleName(tr("Hide the welcome"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(text, 1);
    layout->addWidget(close);
    // Hidden once dismissed. Never shown from here: shown before the window takes
    // it in, the bar would flash up as a window of its own.
    if (QSettings().value(kWelcomedKey, false).toBool())
        hide();
    connect(close, &QToolButton::clicked, this, [this] {
        QSettings().setValue(kWelcomedKey, true);
        hide();
    });
}

} // namespace sdstudy::widgets
