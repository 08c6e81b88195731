// Every text and link colour of the app's palettes reads at the WCAG AA ratio (4.5:1).

#include "core/flags.h"
#include "widgets/bookmarkicons.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <QTest>

using namespace sdstudy::core;
using namespace sdstudy::widgets;

namespace {

struct Pair
{
    QPalette::ColorRole text;
    QPalette::ColorRole background;
    const char *name;
};

const QList<Pair> kPairs = {
    {QPalette::WindowText, QPalette::Window, "window text"},
    {QPalette::Text, QPalette::Base, "text"},
    {QPalette::Text, QPalette::AlternateBase, "text on alternate rows"},
    {QPalette::ButtonText, QPalette::Button, "button text"},
    {QPalette::ToolTipText, QPalette::ToolTipBase, "tool tips"},
    {QPalette::HighlightedText, QPalette::Highlight, "selected text"},
    {QPalette::PlaceholderText, QPalette::Base, "placeholder text"},
    {QPalette::Link, QPalette::Base, "links"},
    {QPalette::LinkVisited, QPalette::Base, "visited links"},
    {QPalette::Link, QPalette::Window, "links on the window"},
};

// A colour with transparency, as the reader sees it over its background.
QColor over(const QColor &color, const QColor &background)
{
    const double a = color.alphaF();
    return QColor::fromRgbF(color.redF() * a + background.redF() * (1 - a),
                            color.greenF() * a + background.greenF() * (1 - a),
                            color.blueF() * a + background.blueF() * (1 - a));
}

} // namespace

class TestTheme final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textAndLinksReachWcagAA_data()
    {
        QTest::addColumn<int>("choice");
        QTest::newRow("light") << int(Theme::Choice::Light);
        QTest::newRow("dark") << int(Theme::Choice::Dark);
    }

    void textAndLinksReachWcagAA()
    {
        QFETCH(int, choice);
        const QPalette palette = Theme::palette(Theme::Choice(choice));
        for (const Pair &pair : kPairs) {
            const QColor background = palette.color(pair.background);
            const double ratio = Theme::contrast(over(palette.color(pair.text), background), background);
            QVERIFY2(
                ratio >= Theme::kMinimumContrast,
                qPrintable(QStringLiteral("%1: %2:1").arg(QLatin1String(pair.name), QString::number(ratio, 'f', 2))));
        }
    }

    void theContrastRatioIsWcags()
    {
        QCOMPARE(Theme::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(Theme::contrast(Qt::white, Qt::white), 1.0);
        QVERIFY(qAbs(Theme::contrast(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
    }

    // A bookmark ribbon stays visible on a selected row: at least 3:1 against the
    // selection (WCAG's ratio for graphics), for the plain bookmark and every flag.
    void theRibbonReadsOnASelectedRow()
    {
        const QColor selection = QGuiApplication::palette().color(QPalette::Highlight);
        QStringList keys = {QString()};
        for (const Flag &flag : Flags::all())
            keys.append(flag.key);
        for (const QString &key : std::as_const(keys)) {
            const QImage ribbon = BookmarkIcons::forFlag(key).pixmap(QSize(32, 32), QIcon::Selected).toImage();
            const QColor middle = over(ribbon.pixelColor(16, 12), selection);
            const QColor edge = over(ribbon.pixelColor(6, 12), selection); // the outline
            const double best = std::max(Theme::contrast(middle, selection), Theme::contrast(edge, selection));
            QVERIFY2(best >= 3.0, qPrintable(QStringLiteral("%1: %2:1").arg(key).arg(best, 0, 'f', 2)));
        }
    }

    // A check box (a stage of the mock interview, a setting) can be seen on its
    // ground: its outline reaches 3:1, WCAG's ratio for controls, in both palettes.
    void checkBoxesCanBeSeen_data() { textAndLinksReachWcagAA_data(); }
    void checkBoxesCanBeSeen()
    {
        QFETCH(int, choice);
        const QPalette palette = Theme::palette(Theme::Choice(choice));
        const std::unique_ptr<QStyle> style(Theme::fusionStyle());
        for (const QStyle::PrimitiveElement element :
             {QStyle::PE_IndicatorCheckBox, QStyle::PE_IndicatorItemViewItemCheck}) {
            QImage image(QSize(40, 40), QImage::Format_ARGB32);
            image.fill(palette.color(QPalette::Base));
            QStyleOptionButton option;
            option.palette = palette;
            option.state = QStyle::State_Enabled | QStyle::State_Off;
            option.rect = QRect(12, 12, 16, 16);
            QPainter painter(&image);
            style->drawPrimitive(element, &option, &painter, nullptr);
            painter.end();
            // The left and right edges of the box, halfway down.
            for (const int x : {12, 27}) {
                const double ratio = Theme::contrast(image.pixelColor(x, 20), palette.color(QPalette::Base));
                QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("x %1: %2:1").arg(x).arg(ratio, 0, 'f', 2)));
            }
        }
    }

    // Some dark desktop themes keep Qt's pure blue links: about 2:1 on dark grey.
    void aDesktopsUnreadableLinksAreMadeReadable()
    {
        QPalette desktop;
        desktop.setColor(QPalette::Base, QColor(45, 45, 48));
        desktop.setColor(QPalette::Link, Qt::blue);
        desktop.setColor(QPalette::LinkVisited, Qt::magenta);
        QVERIFY(Theme::contrast(Qt::blue, QColor(45, 45, 48)) < 2.5);
        const QPalette fixed = Theme::withReadableLinks(desktop);
        QVERIFY(fixed.resolveMask() != 0);
        QVERIFY(Theme::contrast(fixed.color(QPalette::Link), QColor(45, 45, 48)) >= Theme::kMinimumContrast);
        QVERIFY(Theme::contrast(fixed.color(QPalette::LinkVisited), QColor(45, 45, 48)) >= Theme::kMinimumContrast);
        QVERIFY(fixed.color(QPalette::Link).blue() > fixed.color(QPalette::Link).red()); // still a blue
        // Readable links are left alone.
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Link, QColor(21, 101, 192));
        light.setColor(QPalette::LinkVisited, QColor(100, 40, 160));
        QCOMPARE(Theme::withReadableLinks(light).resolveMask(), 0);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
