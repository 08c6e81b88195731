#include "widgets/choiceoption.h"

#include "widgets/theme.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>

namespace sdstudy::widgets {

namespace {
constexpr int kPadding = 8;

} // namespace

ChoiceOption::ChoiceOption(int number, QWidget *parent)
    : QPushButton(parent)
    , m_number(number)
    , m_label(new QLabel)
{
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(kPadding, kPadding, kPadding, kPadding);
    layout->addWidget(m_label);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    // Only a click or its number picks it: Enter on a focused answer must not
    // pick what the person did not choose.
    setAutoDefault(false);
    showMark();
}

void ChoiceOption::setAnswer(const QString &text)
{
    m_answer = text;
    showMark();
    updateGeometry();
}

QString ChoiceOption::answer() const
{
    return m_answer;
}

void ChoiceOption::setMark(Mark mark)
{
    m_mark = mark;
    showMark();
}

// Right and wrong in words as well as colour: "✓ Right answer", "✗ Your pick".
void ChoiceOption::showMark()
{
    QString heading = tr("%1.").arg(m_number);
    if (m_mark == Mark::Right)
        heading = tr("%1. ✓ Right answer").arg(m_number);
    else if (m_mark == Mark::PickedWrong)
        heading = tr("%1. ✗ Your pick").arg(m_number);
    m_label->setText(heading + QLatin1Char('\n') + m_answer);
    setAccessibleName(heading + QLatin1Char(' ') + m_answer.left(200));
    QString style;
    if (m_mark != Mark::None) {
        // The application's colours, not this button's: the style sheet set here
        // changes its own palette, and deriving from that would never settle.
        const QPalette colours = QGuiApplication::palette();
        const QColor base = colours.color(QPalette::Base);
        const QColor accent = m_mark == Mark::Right ? QColor(46, 160, 67) : QColor(217, 83, 79);
        constexpr double kShare = 0.18; // about a sixth of the colour over the page's
        const QColor ground = Theme::mixed(accent, base, kShare);
        style = QStringLiteral("QPushButton { background: %1; border: 2px solid %2; border-radius: 4px; }"
                               " QLabel { color: %3; }")
                    .arg(ground.name(), accent.name(), Theme::readable(colours.color(QPalette::Text), ground).name());
    }
    if (styleSheet() != style) // a new style sheet is a change event of its own
        setStyleSheet(style);
}

int ChoiceOption::heightForWidth(int width) const
{
    return m_label->heightForWidth(width - 2 * kPadding) + 2 * kPadding + 4;
}

QSize ChoiceOption::sizeHint() const
{
    const int width = std::max(200, m_label->sizeHint().width() + 2 * kPadding);
    return QSize(width, heightForWidth(width));
}

QSize ChoiceOption::minimumSizeHint() const
{
    return QSize(120, fontMetrics().height() * 2 + 2 * kPadding);
}

void ChoiceOption::changeEvent(QEvent *event)
{
    QPushButton::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_mark != Mark::None)
        showMark();
}

} // namespace sdstudy::widgets
