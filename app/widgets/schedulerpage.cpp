#include "widgets/schedulerpage.h"

#include "widgets/schedulerfitter.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sdstudy::widgets {

namespace {

QLabel *wrappedLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SchedulerPage::SchedulerPage(SchedulerFitter &fitter, QWidget *parent)
    : QWidget(parent)
    , m_fitter(fitter)
{
    m_inUse = wrappedLabel();
    m_inUse->setObjectName(QStringLiteral("inUse"));
    m_scores = wrappedLabel();
    m_scores->setObjectName(QStringLiteral("scores"));
    m_parameters = wrappedLabel();
    m_parameters->setObjectName(QStringLiteral("parameters"));
    m_parameters->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_optimize = new QPushButton;
    m_optimize->setObjectName(QStringLiteral("optimize"));
    connect(m_optimize, &QPushButton::clicked, this, &SchedulerPage::optimizeOrStop);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_optimize);
    actions->addWidget(m_progress, 1);
    actions->addStretch();

    m_useDefaults = new QCheckBox(tr("&Use FSRS-6's default parameters, not ones fitted to my answers"));
    m_useDefaults->setObjectName(QStringLiteral("useDefaults"));
    m_useDefaults->setChecked(m_fitter.defaultsChosen());

    auto *when = wrappedLabel();
    when->setText(tr("Fitting runs by itself in the background from %1 answers on, then after every %2 new "
                     "answers or once a week. Fitted parameters are used only when they predict answers they "
                     "were not fitted on better than the defaults.")
                      .arg(QLocale().toString(core::FsrsFitStore::kFirstFitReviews))
                      .arg(QLocale().toString(core::FsrsFitStore::kRefitReviews)));
    when->setForegroundRole(QPalette::PlaceholderText);

    m_scores->setToolTip(tr("Log loss: how surprised the model was by your answers, on average. RMSE over bins: how "
                            "far predicted recall was from the recall you showed, in groups of similar reviews."));
    m_parameters->setToolTip(tr("FSRS-6's 21 parameters: w0-w3 the stability after a first answer of Again, Hard, "
                                "Good or Easy, w4-w7 difficulty, w8-w16 how stability grows or falls, w17-w19 "
                                "same-day reviews, w20 how fast recall decays."));
    // In a scroll area, so longer texts (a translation, a message) never squeeze the rest.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_inUse);
    layout->addWidget(m_scores);
    layout->addWidget(m_parameters);
    layout->addLayout(actions);
    layout->addWidget(m_useDefaults);
    layout->addWidget(when);
    layout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Room for the texts and the parameters: a scroll area alone asks for little.
    scroll->setMinimumHeight(fontMetrics().height() * 22);
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll);

    connect(&m_fitter, &SchedulerFitter::progressed, m_progress, &QProgressBar::setValue);
    connect(&m_fitter, &SchedulerFitter::finished, this, &SchedulerPage::fitEnded);
    showFit();
}

void SchedulerPage::showFit()
{
    const QLocale locale;
    const std::optional<core::FsrsFit> fit = m_fitter.lastFit();
    const bool running = m_fitter.isRunning();
    m_optimize->setText(running ? tr("Sto&p") : tr("&Optimize Now"));
    m_progress->setVisible(running);

    const int reviews = m_fitter.reviewCount();
    if (m_fitter.fittedInUse())
        m_inUse->setText(tr("In use: parameters fitted to your %Ln answer(s) on %1.", nullptr, fit->reviews)
                             .arg(locale.toString(fit->fittedAt.toLocalTime().date(), QLocale::LongFormat)));
    else if (m_fitter.defaultsChosen())
        m_inUse->setText(tr("In use: FSRS-6's default parameters, as you chose."));
    else if (fit && fit->comparison.fitted.predictions == 0)
        m_inUse->setText(tr("In use: FSRS-6's default parameters. The fit of %1 had too few answers a day or more "
                            "apart to be scored.")
                             .arg(locale.toString(fit->fittedAt.toLocalTime().date(), QLocale::LongFormat)));
    else if (fit)
        m_inUse->setText(tr("In use: FSRS-6's default parameters. The fit of %1 did not predict your answers "
                            "better than the defaults do.")
                             .arg(locale.toString(fit->fittedAt.toLocalTime().date(), QLocale::LongFormat)));
    else
        m_inUse->setText(tr("In use: FSRS-6's default parameters. Fitting to your own answers starts at %1 "
                            "answers; you have %2.")
                             .arg(locale.toString(core::FsrsFitStore::kFirstFitReviews), locale.toString(reviews)));

    if (fit && fit->comparison.fitted.predictions > 0) {
        const core::FsrsOptimizer::Comparison &c = fit->comparison;
        m_scores->setText(
            tr("Scored on %Ln later answer(s) that no fit had seen (lower is better):\n"
               "log loss: fitted %1, defaults %2\nRMSE over bins: fitted %3, defaults %4",
               nullptr, c.fitted.predictions)
                .arg(locale.toString(c.fitted.logLoss, 'f', 4), locale.toString(c.defaults.logLoss, 'f', 4),
                     locale.toString(c.fitted.rmseBins, 'f', 4), locale.toString(c.defaults.rmseBins, 'f', 4)));
    } else if (fit) {
        m_scores->setText(tr("Too few answers a day or more apart to score a fit yet."));
    }
    m_scores->setVisible(fit.has_value());

    const core::FsrsOptimizer::Weights weights = fit ? fit->parameters : core::FsrsOptimizer::defaults();
    QStringList rows;
    for (int row = 0; row < 7; ++row) {
        QStringList cells;
        for (int column = 0; column < 3; ++column) {
            const int i = column * 7 + row;
            cells.append(QStringLiteral("w%1 %2").arg(i, -2).arg(locale.toString(weights[i], 'f', 4), 8));
        }
        rows.append(cells.join(QStringLiteral("   ")));
    }
    m_parameters->setText((fit ? tr("Last fit:") : tr("Defaults:")) + QLatin1Char('\n') + rows.join(QLatin1Char('\n')));
}

void SchedulerPage::optimizeOrStop()
{
    if (m_fitter.isRunning()) {
        m_fitter.cancel();
        return;
    }
    m_progress->setValue(0);
    m_fitter.fitNow();
    m_useDefaults->setChecked(false);
    showFit();
}

void SchedulerPage::fitEnded(const QString &error)
{
    showFit();
    if (!error.isEmpty()) {
        m_scores->setText(error);
        m_scores->setVisible(true);
    }
}

bool SchedulerPage::apply(QString *error)
{
    if (m_useDefaults->isChecked() == m_fitter.defaultsChosen())
        return true;
    return m_fitter.chooseDefaults(m_useDefaults->isChecked(), error);
}

void SchedulerPage::restoreDefaults()
{
    m_useDefaults->setChecked(false);
}

} // namespace sdstudy::widgets
