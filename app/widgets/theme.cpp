#include "widgets/theme.h"

#include <QApplication>
#include <QFont>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

#include <algorithm>
#include <cmath>
#include <memory>

namespace sdstudy::widgets {

namespace {

const QString kThemeKey = QStringLiteral("appearance/theme");
const QString kFontSizeKey = QStringLiteral("appearance/fontSize");

struct Desktop
{
    QFont font;
    QString style;
};

// What the desktop gave the app before any choice of ours.
const Desktop &desktop()
{
    static const Desktop original {QApplication::font(), QApplication::style()->name()};
    return original;
}

// Fusion outlines check boxes and radio buttons in the window colour made
// darker: about 2:1 on a light page and next to nothing on a dark one. This
// draws the outline again in the placeholder colour, which reads at 4.5:1 on
// the base in both palettes, well above WCAG's 3:1 for controls.
class ReadableIndicatorStyle final : public QProxyStyle
{
public:
    ReadableIndicatorStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    { }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        const bool box = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
        if (!box && element != PE_IndicatorRadioButton)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, element == PE_IndicatorRadioButton);
        painter->setBrush(Qt::NoBrush);
        QPen pen(option->palette.color(option->state & State_Enabled ? QPalette::Normal : QPalette::Disabled,
                                       QPalette::PlaceholderText));
        pen.setCosmetic(true);
        painter->setPen(pen);
        const QRectF outline = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
        if (box)
            painter->drawRect(outline);
        else
            painter->drawEllipse(outline);
        painter->restore();
    }
};

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), disabled(128, 128, 128);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(55, 55, 58));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 100, 100));
    p.setColor(QPalette::Light, QColor(80, 80, 84));
    p.setColor(QPalette::Midlight, QColor(65, 65, 68));
    p.setColor(QPalette::Mid, QColor(90, 90, 94));
    p.setColor(QPalette::Dark, QColor(20, 20, 22));
    p.setColor(QPalette::Shadow, Qt::black);
    // Selected text stays white: the blue is dark enough for 4.5:1 (WCAG AA).
    p.setColor(QPalette::Highlight, QColor(30, 100, 180));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(100, 170, 255));
    p.setColor(QPalette::LinkVisited, QColor(170, 140, 255));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion->standardPalette();
    // Fusion's own highlight, placeholder and link colours read below 4.5:1 (WCAG AA).
    p.setColor(QPalette::Link, QColor(21, 101, 192));
    p.setColor(QPalette::LinkVisited, QColor(106, 27, 154));
    p.setColor(QPalette::Highlight, QColor(21, 101, 192));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(110, 110, 110));
    return p;
}

} // namespace

namespace Theme {

Choice saved()
{
    const QString key = QSettings().value(kThemeKey).toString();
    return key == QLatin1String("light") ? Choice::Light : key == QLatin1String("dark") ? Choice::Dark : Choice::System;
}

void save(Choice choice)
{
    QSettings().setValue(kThemeKey,
                         choice == Choice::Light      ? QStringLiteral("light")
                             : choice == Choice::Dark ? QStringLiteral("dark")
                                                      : QStringLiteral("system"));
}

int savedFontSize()
{
    return std::clamp(QSettings().value(kFontSizeKey, 0).toInt(), 0, 32);
}

void saveFontSize(int points)
{
    QSettings().setValue(kFontSizeKey, points);
}

void apply(Choice choice, int fontSize)
{
    const Desktop &original = desktop();
    if (choice == Choice::System) {
        QApplication::setStyle(original.style);
        // An empty palette means the platform's own, which keeps following the
        // desktop when it switches between light and dark while the app runs.
        // Only the links are set, so every other colour still follows the desktop.
        QApplication::setPalette(QPalette());
        const QPalette links = withReadableLinks(QGuiApplication::palette());
        if (links.resolveMask() != 0)
            QApplication::setPalette(links);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        QGuiApplication::styleHints()->unsetColorScheme();
#endif
    } else {
        // Fusion draws every control from the palette, so light and dark both look whole.
        QApplication::setStyle(Theme::fusionStyle());
        QApplication::setPalette(choice == Choice::Dark ? darkPalette() : lightPalette());
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        // Window frames and native menus take the same side as the app's own colours.
        QGuiApplication::styleHints()->setColorScheme(choice == Choice::Dark ? Qt::ColorScheme::Dark
                                                                             : Qt::ColorScheme::Light);
#endif
    }
    QFont font = original.font;
    if (fontSize > 0)
        font.setPointSize(fontSize);
    QApplication::setFont(font);
}

QColor mixed(const QColor &color, const QColor &background, double share)
{
    return QColor::fromRgbF(float(background.redF() + (color.redF() - background.redF()) * share),
                            float(background.greenF() + (color.greenF() - background.greenF()) * share),
                            float(background.blueF() + (color.blueF() - background.blueF()) * share));
}

QStyle *fusionStyle()
{
    return new ReadableIndicatorStyle;
}

void applySaved()
{
    apply(saved(), savedFontSize());
}

QPalette palette(Choice choice)
{
    return choice == Choice::Dark ? darkPalette() : lightPalette();
}

double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readable(const QColor &color, const QColor &background)
{
    // Towards white on a dark background, towards black on a light one, keeping the hue.
    const bool darkBackground = contrast(background, Qt::black) < contrast(background, Qt::white);
    QColor c = color.toHsl();
    for (int step = 0; step < 40 && contrast(c, background) < kMinimumContrast; ++step) {
        const double lightness = std::clamp(c.lightnessF() + (darkBackground ? 0.025 : -0.025), 0.0, 1.0);
        c.setHslF(c.hslHueF(), c.hslSaturationF(), lightness);
    }
    return c.toRgb();
}

QPalette withReadableLinks(const QPalette &palette)
{
    QPalette fixed;
    const QColor base = palette.color(QPalette::Base);
    for (QPalette::ColorRole role : {QPalette::Link, QPalette::LinkVisited}) {
        const QColor color = palette.color(role);
        if (contrast(color, base) < kMinimumContrast)
            fixed.setColor(role, readable(color, base));
    }
    return fixed;
}

QIcon icon(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(name)));
}

} // namespace Theme

} // namespace sdstudy::widgets
