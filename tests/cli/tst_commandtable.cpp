// The command table is the one place that says how each command is called: the
// help, the options each command accepts and the lock it takes come from it.

#include "cli/commandline.h"

#include <QRegularExpression>
#include <QTest>

using namespace sdstudy::cli;

using namespace Qt::StringLiterals;

namespace {

QStringList optionsNamedIn(const QString &synopsis)
{
    QStringList names;
    static const QRegularExpression option(u"--([a-z-]+)"_s);
    for (const auto &match : option.globalMatch(synopsis))
        names.append(match.captured(1));
    return names;
}

bool takes(const CommandLine::Command &command, const QString &name)
{
    const auto has = [&](const CommandLine::Option &o) { return o.name == name; };
    return std::any_of(command.options.cbegin(), command.options.cend(), has)
        || std::any_of(CommandLine::commonOptions().cbegin(), CommandLine::commonOptions().cend(), has);
}

} // namespace

class TestCommandTable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpShowsEveryWayToCallEveryCommand()
    {
        const QString help = CommandLine::helpText().simplified();
        for (const CommandLine::Command &command : CommandLine::commands()) {
            QVERIFY2(!command.usages.isEmpty(), command.name.data());
            for (const CommandLine::Usage &usage : command.usages) {
                const QString line = (QString(usage.synopsis) + u' ' + QString::fromUtf8(usage.summary)).simplified();
                QVERIFY2(help.contains(line), qPrintable(line));
            }
        }
    }

    void helpLinesFitATerminal()
    {
        for (const QString &line : CommandLine::helpText().split(u'\n'))
            QVERIFY2(line.size() <= 92, qPrintable(line));
    }

    // What a synopsis shows is what the command accepts, and the other way round.
    void synopsesNameExactlyTheOptionsACommandTakes()
    {
        for (const CommandLine::Command &command : CommandLine::commands()) {
            QStringList shown;
            for (const CommandLine::Usage &usage : command.usages) {
                for (const QString &name : optionsNamedIn(QString(usage.synopsis))) {
                    QVERIFY2(takes(command, name), qPrintable(command.name + u" --"_s + name));
                    shown.append(name);
                }
            }
            for (const CommandLine::Option &option : command.options)
                QVERIFY2(shown.contains(option.name), qPrintable(command.name + u" --"_s + option.name));
        }
    }

    // One option name means one thing: the first parse reads every command's options at once.
    void sharedOptionNamesAgree()
    {
        QHash<QString, QString> valueNames;
        for (const CommandLine::Command &command : CommandLine::commands()) {
            for (const CommandLine::Option &option : command.options) {
                const auto seen = valueNames.constFind(option.name);
                if (seen != valueNames.cend())
                    QVERIFY2(seen->isEmpty() == QString(option.valueName).isEmpty(), option.name.data());
                valueNames.insert(option.name, option.valueName);
            }
        }
    }

    void everyCommandHasTheHandlerItsDataNeeds()
    {
        QStringList names;
        for (const CommandLine::Command &command : CommandLine::commands()) {
            QVERIFY2(!names.contains(command.name), command.name.data());
            names.append(command.name);
            const bool needsLibrary = command.data != CommandLine::Command::Data::None;
            QVERIFY2((command.withLibrary != nullptr) == needsLibrary, command.name.data());
            QVERIFY2((command.withoutLibrary != nullptr) == !needsLibrary, command.name.data());
        }
    }

    void textLayoutComesFromTheTable()
    {
        const auto needs
            = [](const QStringList &words) { return CommandLine::needsTextLayout(QStringList {u"sdstudy"_s} + words); };
        QVERIFY(needs({u"print"_s, u"--pdf"_s, u"x.pdf"_s}));
        QVERIFY(needs({u"--db"_s, u"x.sqlite"_s, u"diagram"_s, u"cdn"_s, u"--png"_s, u"x.png"_s}));
        QVERIFY(needs({u"import"_s, u"anki"_s, u"cards.txt"_s}));
        QVERIFY(!needs({u"import"_s, u"bank.md"_s}));
        QVERIFY(!needs({u"import"_s, u"progress"_s, u"anki"_s})); // a file named "anki"
        QVERIFY(!needs({u"search"_s, u"print"_s}));
        QVERIFY(!needs({u"--db"_s, u"print"_s, u"topics"_s})); // a database named "print"
    }
};

QTEST_GUILESS_MAIN(TestCommandTable)
#include "tst_commandtable.moc"
