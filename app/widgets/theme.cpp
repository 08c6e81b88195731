#include "widgets/theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

#include <memory>

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
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
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
    p.setColor(QPalette::Link, QColor(21, 101, 192));
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
        QApplication::setPalette(QPalette());
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        QGuiApplication::styleHints()->unsetColorScheme();
#endif
    } else {
        // Fusion draws every control from the palette, so light and dark both look whole.
        QApplication::setStyle(QStringLiteral("Fusion"));
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

void applySaved()
{
    apply(saved(), savedFontSize());
}

QIcon icon(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(name)));
}

} // namespace Theme
