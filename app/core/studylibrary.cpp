#include "studylibrary.h"

#include "topicrules.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

const QString StudyLibrary::kBundledBankKey = QStringLiteral("system-design");

StudyLibrary::StudyLibrary()
    : m_questions(m_database), m_search(m_database)
{
}

BankImporter::Source StudyLibrary::bundledBank()
{
    QFile file(QStringLiteral(":/banks/system-design.md"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The bundled question bank is missing from the binary");
    return BankImporter::Source{kBundledBankKey,
                                QCoreApplication::translate("StudyLibrary", "System design"),
                                QStringLiteral("system-design.md"), file.readAll()};
}

bool StudyLibrary::open(const QString &databasePath, QString *error)
{
    if (!m_database.open(databasePath, error))
        return false;
    const auto outcome = BankImporter(m_database, TopicRules::bundled()).import(bundledBank());
    if (!outcome.error.isEmpty()) {
        *error = outcome.error;
        return false;
    }
    return true;
}

BankImporter::Outcome StudyLibrary::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return BankImporter::Outcome{false, 0,
                                     QCoreApplication::translate("StudyLibrary", "%1: cannot read the file: %2")
                                         .arg(path, file.errorString())};
    }
    const QFileInfo info(path);
    if (info.completeBaseName() == kBundledBankKey) {
        return BankImporter::Outcome{false, 0,
                                     QCoreApplication::translate("StudyLibrary", "%1: the name \"%2\" is taken by the bundled bank; rename the file")
                                         .arg(path, info.completeBaseName())};
    }
    BankImporter importer(m_database, TopicRules::bundled());
    const QString source = info.absoluteFilePath();
    const QString key = importer.keyForSource(source, info.completeBaseName());
    return importer.import(BankImporter::Source{key, info.completeBaseName(), source, file.readAll()});
}
