// Every text the app shows is translated into every shipped language, with the
// same placeholders, and the translations are what the app actually loads.

#include "core/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace sdstudy::core;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty when done
    QStringList forms;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message message;
            message.context = context;
            message.numerus = xml.attributes().value(u"numerus") == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    message.source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    message.type = xml.attributes().value(u"type").toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement())
                            message.forms.append(xml.readElementText());
                    } else {
                        message.forms.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured(1));
    return found;
}

// "&File" has an accelerator, "A && B" has none.
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(^|[^&])&[^& ]"));
    return pattern.match(text).hasMatch();
}

QString where(const Message &m, const QString &file)
{
    return QStringLiteral("%1, %2: \"%3\"").arg(file, m.context, m.source.left(60));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        // lupdate on copies: what the sources hold now, not what was last collected.
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("en")}) {
            const QString name = QStringLiteral("sdstudy_%1.ts").arg(language);
            const QString copy = m_dir.filePath(name);
            QVERIFY(QFile::copy(QStringLiteral(SDSTUDY_SOURCE_DIR "/translations/") + name, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            QStringList arguments {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none")};
            if (language == u"en")
                arguments.append(QStringLiteral("-pluralonly")); // English needs only its plural forms
            arguments << QStringLiteral(SDSTUDY_SOURCE_DIR "/app") << QStringLiteral("-ts") << copy;
            QProcess lupdate;
            lupdate.start(QStringLiteral(SDSTUDY_LUPDATE), arguments);
            QVERIFY(lupdate.waitForFinished(120000));
            QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        }
    }

    void everyTextIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("German") << QStringLiteral("sdstudy_de.ts");
        QTest::newRow("French") << QStringLiteral("sdstudy_fr.ts");
        QTest::newRow("English plurals") << QStringLiteral("sdstudy_en.ts");
    }

    void everyTextIsTranslated()
    {
        QFETCH(QString, file);
        QString error;
        const QList<Message> messages = readTs(m_dir.filePath(file), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message &m : messages) {
            if (m.type == u"unfinished")
                problems.append(QStringLiteral("not translated (run the update_translations target, then translate): ")
                                + where(m, file));
            else if (!m.type.isEmpty())
                problems.append(QStringLiteral("no longer in the sources (%1): ").arg(m.type) + where(m, file));
            if (!m.type.isEmpty())
                continue;
            if (m.numerus && m.forms.size() != 2)
                problems.append(QStringLiteral("%1 plural forms instead of 2: ").arg(m.forms.size()) + where(m, file));
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty())
                    problems.append(QStringLiteral("empty translation: ") + where(m, file));
                QSet<QString> expected = placeholders(m.source);
                QSet<QString> got = placeholders(form);
                if (m.numerus) { // "the missed one" may say its number in words
                    expected.remove(QStringLiteral("n"));
                    got.remove(QStringLiteral("n"));
                }
                if (expected != got)
                    problems.append(QStringLiteral("placeholders differ (\"%1\"): ").arg(form.left(60))
                                    + where(m, file));
                if (hasAccelerator(m.source) != hasAccelerator(form))
                    problems.append(QStringLiteral("accelerator (&) missing or extra (\"%1\"): ").arg(form)
                                    + where(m, file));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Installed in order, the later language answering first: the app's German,
    // then French, each with Qt's own texts, and English plural forms under them.
    void theAppSpeaksTheChosenLanguage()
    {
        const auto plural
            = [](int n) { return QCoreApplication::translate("CommandLine", "%n question(s)", nullptr, n); };
        Translations::install(QStringLiteral("en"));
        QCOMPARE(plural(1), QStringLiteral("1 question"));
        QCOMPARE(plural(2), QStringLiteral("2 questions"));
        QCOMPARE(QCoreApplication::translate("sdstudy::widgets::MainWindow", "&File"), QStringLiteral("&File"));

        Translations::install(QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("sdstudy::widgets::MainWindow", "&File"), QStringLiteral("&Datei"));
        QCOMPARE(plural(1), QStringLiteral("1 Frage"));
        QCOMPARE(plural(12), QStringLiteral("12 Fragen"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        QCOMPARE(QLocale().language(), QLocale::German);

        Translations::install(QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("sdstudy::widgets::MainWindow", "&File"), QStringLiteral("&Fichier"));
        QCOMPARE(plural(0), QStringLiteral("0 question")); // French: 0 is singular
        QCOMPARE(plural(2), QStringLiteral("2 questions"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
    }

    void theShippedLanguagesAreListed()
    {
        QStringList codes;
        for (const auto &language : Translations::available())
            codes.append(language.code + u'=' + language.nativeName);
        QCOMPARE(codes, (QStringList {QStringLiteral("de=Deutsch"), QStringLiteral("fr=Français")}));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
