#include "widgets/estimationdrilldialog.h"

#include "core/drillstore.h"
#include "core/studylibrary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

namespace sdstudy::widgets {

namespace {

// The latest answers of a type that decide how often it comes back.
constexpr int kRecentAnswers = 5;

} // namespace

EstimationDrillDialog::EstimationDrillDialog(core::StudyLibrary &library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_types(new QComboBox)
    , m_kind(new QLabel)
    , m_question(new QLabel)
    , m_answer(new QLineEdit)
    , m_check(new QPushButton(tr("&Check")))
    , m_next(new QPushButton(tr("&Next Problem")))
    , m_verdict(new QLabel)
    , m_solution(new QLabel)
    , m_score(new QLabel)
{
    setWindowTitle(tr("Estimation Drill"));
    setObjectName(QStringLiteral("estimationDrill"));
    m_types->setAccessibleName(tr("Problems"));
    m_types->addItem(tr("Weakest first"), QString());
    for (const QString &type : core::EstimationDrill::types())
        m_types->addItem(core::EstimationDrill::typeName(type), type);
    m_types->setToolTip(tr("Weakest first brings the kinds of problem you got wrong lately back more often"));
    connect(m_types, &QComboBox::activated, this, &EstimationDrillDialog::nextProblem);

    m_kind->setForegroundRole(QPalette::PlaceholderText);
    m_question->setObjectName(QStringLiteral("drillQuestion"));
    m_question->setWordWrap(true);
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont larger = m_question->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    m_question->setFont(larger);
    m_answer->setObjectName(QStringLiteral("drillAnswer"));
    m_answer->setPlaceholderText(tr("A number and its unit: 12 TB, 3k req/s, 40 Gbps, 100 ns"));
    m_answer->setAccessibleName(tr("Your estimate"));
    m_verdict->setObjectName(QStringLiteral("drillVerdict"));
    m_verdict->setWordWrap(true);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_solution->setObjectName(QStringLiteral("drillSolution"));
    m_solution->setWordWrap(true);
    m_solution->setTextFormat(Qt::PlainText);
    m_solution->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_score->setObjectName(QStringLiteral("drillScore"));

    // Enter presses the default button: Check, and once checked, Next Problem.
    connect(m_check, &QPushButton::clicked, this, &EstimationDrillDialog::check);
    connect(m_next, &QPushButton::clicked, this, &EstimationDrillDialog::nextProblem);
    m_check->setAutoDefault(false);
    m_next->setAutoDefault(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_kind, 1);
    top->addWidget(new QLabel(tr("Problems:")));
    top->addWidget(m_types);
    auto *answerRow = new QHBoxLayout;
    answerRow->addWidget(m_answer, 1);
    answerRow->addWidget(m_check);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_next, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_score, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_question);
    layout->addLayout(answerRow);
    layout->addWidget(m_verdict);
    layout->addWidget(m_solution, 1);
    layout->addLayout(bottom);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().lineSpacing() * 24);
    nextProblem();
}

void EstimationDrillDialog::nextProblem()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    const QString chosen = m_types->currentData().toString();
    const QString type = chosen.isEmpty()
        ? core::EstimationDrill::weightedType(m_library.drills().recentMisses(kRecentAnswers), seed)
        : chosen;
    showProblem(core::EstimationDrill::generate(type, seed));
}

void EstimationDrillDialog::showProblem(const core::EstimationProblem &problem)
{
    m_problem = problem;
    m_recorded = false;
    m_kind->setText(tr("%1 · problem %2").arg(core::EstimationDrill::typeName(problem.type)).arg(problem.seed));
    m_question->setText(problem.question);
    m_answer->clear();
    m_answer->setReadOnly(false);
    m_check->setEnabled(true);
    m_answer->setFocus();
    m_verdict->setText(tr("Accepted %1.").arg(problem.toleranceText));
    m_verdict->setFont([this] {
        QFont plain = m_verdict->font();
        plain.setBold(false);
        return plain;
    }());
    m_solution->clear();
    m_check->setDefault(true);
    m_next->setDefault(false);
    updateScore();
}

void EstimationDrillDialog::check()
{
    const QString answer = m_answer->text().trimmed();
    if (answer.isEmpty())
        return;
    const core::EstimationVerdict verdict = core::EstimationDrill::check(m_problem, answer);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    if (!verdict.given) {
        // Not an answer yet: nothing is kept, and the person writes it again.
        m_verdict->setText(tr("Not read: %1.").arg(verdict.message));
        return;
    }
    m_verdict->setText((verdict.accepted ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + verdict.message);
    QStringList lines;
    for (const QString &step : std::as_const(m_problem.steps))
        lines.append(QStringLiteral("• ") + step);
    m_solution->setText(tr("Worked solution:") + u'\n' + lines.join(u'\n'));
    if (!m_recorded) {
        m_recorded = true;
        ++m_answered;
        m_right += verdict.accepted ? 1 : 0;
        QString error;
        const core::DrillResult result {m_problem.type, m_problem.seed,   QDateTime::currentDateTimeUtc(),
                                        answer,         verdict.accepted, verdict.ratio};
        if (!m_library.drills().record(result, &error))
            m_verdict->setText(m_verdict->text() + u'\n' + tr("Not kept: %1").arg(error));
        updateScore();
    }
    // The verdict stands: a new answer is for the next problem.
    m_answer->setReadOnly(true);
    m_check->setEnabled(false);
    m_check->setDefault(false);
    m_next->setDefault(true);
    m_next->setFocus();
}

void EstimationDrillDialog::updateScore()
{
    m_score->setText(m_answered == 0 ? tr("Answer as in an interview: round freely, say the powers of ten.")
                                     : tr("This sitting: %1 of %n right", nullptr, m_answered).arg(m_right));
}

} // namespace sdstudy::widgets
