#include "widgets/whiteboard.h"

#include "core/sketchkinds.h"
#include "core/studylibrary.h"
#include "core/textnormalizer.h"
#include "diagrams/diagramcatalog.h"
#include "diagrams/diagramexport.h"
#include "diagrams/sketchgeometry.h"
#include "widgets/diagramview.h"
#include "widgets/whiteboardscene.h"
#include "widgets/whiteboardview.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sdstudy::widgets {

namespace {

constexpr int kKindRole = Qt::UserRole + 1;

// The palette: each kind in its diagram colours, dragged onto the board.
class Palette final : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    QStringList mimeTypes() const override { return {WhiteboardView::kKindMimeType}; }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        auto *data = new QMimeData;
        if (!items.isEmpty())
            data->setData(WhiteboardView::kKindMimeType, items.first()->data(kKindRole).toString().toUtf8());
        return data;
    }
};

QIcon kindIcon(const QString &kind, const diagrams::DiagramStyle &style)
{
    QPixmap picture(QSize(28, 18) * 2);
    picture.setDevicePixelRatio(2);
    picture.fill(Qt::transparent);
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    diagrams::DiagramNode node;
    node.role = core::SketchKinds::bundled().roleOf(kind);
    node.rect = QRectF(1, 1, 26, 16);
    diagrams::DiagramPainter::paintNode(&painter, style, node, false);
    return QIcon(picture);
}

// A person types "redis": the label is what they typed, unless it only names the kind.
QString labelFromTyped(const QString &typed, const QString &kind)
{
    const QString text = typed.simplified();
    if (text.compare(core::SketchKinds::displayName(kind), Qt::CaseInsensitive) == 0)
        return {};
    return text;
}

const diagrams::DiagramFile *referenceFile(const QStringList &phrasings)
{
    return diagrams::DiagramCatalog::bundled().referenceFor(phrasings);
}

} // namespace

Whiteboard::Whiteboard(core::StudyLibrary &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_scene(new WhiteboardScene(this))
    , m_view(new WhiteboardView(m_scene))
    , m_quickAdd(new QLineEdit)
    , m_palette(new Palette)
    , m_boardArea(new QSplitter(Qt::Horizontal))
    , m_comparison(nullptr)
    , m_comparisonTitle(new QLabel)
    , m_reference(new DiagramView)
    , m_coverageList(new QListWidget)
    , m_path(new QComboBox)
    , m_status(new QLabel)
{
    m_scene->setDiagramStyle(diagrams::DiagramStyle::from(palette(), font()));
    m_quickAdd->setObjectName(QStringLiteral("whiteboardQuickAdd"));
    m_quickAdd->setPlaceholderText(tr("Add a component: type cache, Kafka, load balancer… and press Enter"));
    m_quickAdd->setAccessibleName(tr("Add a component by name"));
    m_quickAdd->setClearButtonEnabled(true);
    QStringList names;
    for (const QString &kind : core::SketchKinds::bundled().kinds())
        names.append(core::SketchKinds::displayName(kind));
    auto *completer = new QCompleter(names, m_quickAdd);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_quickAdd->setCompleter(completer);
    connect(m_quickAdd, &QLineEdit::returnPressed, this, &Whiteboard::addTyped);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_comparison = makeComparison();
    m_boardArea->addWidget(m_view);
    m_boardArea->addWidget(m_comparison);
    m_boardArea->setStretchFactor(0, 3);
    m_boardArea->setStretchFactor(1, 2);
    m_boardArea->setCollapsible(0, false);
    m_comparison->hide();
    auto *sides = new QHBoxLayout;
    sides->setContentsMargins(0, 0, 0, 0);
    sides->addWidget(makePalette());
    sides->addWidget(m_boardArea, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeToolBar());
    layout->addWidget(m_quickAdd);
    layout->addLayout(sides, 1);
    layout->addWidget(m_status);

    m_quiet.setSingleShot(true);
    m_quiet.setInterval(kQuietMs);
    connect(&m_quiet, &QTimer::timeout, this, &Whiteboard::save);
    connect(m_scene, &WhiteboardScene::sketchChanged, this, &Whiteboard::sketchEdited);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &Whiteboard::updateTools);
    connect(&library.database().changes(), &core::LibraryChanges::sketchesChanged, this,
            &Whiteboard::reloadIfChangedElsewhere);
    setEnabled(false); // until a question is set
    updateTools();
}

Whiteboard::~Whiteboard()
{
    save();
    m_scene->disconnect(this); // the scene outlives this part of the board
}

QWidget *Whiteboard::makeToolBar()
{
    auto *tools = new QToolBar;
    tools->setObjectName(QStringLiteral("whiteboardTools"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setIconSize(QSize(16, 16));
    // Shortcuts that work while the board or its tools have focus, not in the
    // study window around it (whose Ctrl+Z takes back a grade).
    const auto local = [this](QAction *action, const QKeySequence &keys) {
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    };
    // Named once, so the tools beside them stay where they are; the step is in the tooltip.
    QUndoStack *steps = m_scene->undoStack();
    auto *undo = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("Undo"), this);
    auto *redo = new QAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("Redo"), this);
    connect(undo, &QAction::triggered, steps, &QUndoStack::undo);
    connect(redo, &QAction::triggered, steps, &QUndoStack::redo);
    const auto follow = [undo, redo, steps] {
        undo->setEnabled(steps->canUndo());
        redo->setEnabled(steps->canRedo());
        undo->setToolTip(steps->canUndo() ? tr("Undo %1").arg(steps->undoText()) : tr("Nothing to undo"));
        redo->setToolTip(steps->canRedo() ? tr("Redo %1").arg(steps->redoText()) : tr("Nothing to redo"));
    };
    connect(steps, &QUndoStack::indexChanged, this, follow);
    connect(steps, &QUndoStack::cleanChanged, this, follow);
    follow();
    local(undo, QKeySequence::Undo);
    local(redo, QKeySequence::Redo);
    tools->addAction(undo);
    tools->addAction(redo);
    tools->addSeparator();

    m_connectTool = tools->addAction(tr("&Draw Arrows"));
    m_connectTool->setCheckable(true);
    m_connectTool->setToolTip(tr("Drag from one component to another to connect them; off, dragging moves"));
    connect(m_connectTool, &QAction::toggled, this, [this](bool on) {
        m_scene->setTool(on ? WhiteboardScene::Tool::Connect : WhiteboardScene::Tool::Select);
        m_view->setDragMode(on ? QGraphicsView::NoDrag : QGraphicsView::RubberBandDrag);
    });
    m_connectSelected = tools->addAction(tr("&Connect"), this, &Whiteboard::connectSelected);
    m_connectSelected->setToolTip(tr("Connect the selected components in the order you selected them (Ctrl+L)"));
    local(m_connectSelected, QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *text = tools->addAction(tr("&Text"), this, [this] { m_view->addText(placeForNext()); });
    text->setToolTip(tr("Add a text box: numbers, requirements, notes (or double-click the board)"));
    QAction *frame = tools->addAction(tr("&Frame"), this, [this] { m_scene->addFrame(m_view->visibleCentre()); });
    frame->setToolTip(tr("Draw a labelled frame around what is selected: a region, a tier, a path"));
    m_clear = tools->addAction(tr("Clea&r"), this, [this] { m_scene->clearAll(); });
    QAction *clear = m_clear;
    clear->setToolTip(tr("Start again on an empty board (Undo brings the drawing back)"));

    m_path->setAccessibleName(tr("Path of the selected arrows"));
    m_path->setToolTip(tr("Mark the selected arrows as the read path, the write path or asynchronous"));
    m_path->addItem(tr("No path"), QString());
    m_path->addItem(tr("Read path"), QStringLiteral("read"));
    m_path->addItem(tr("Write path"), QStringLiteral("write"));
    m_path->addItem(tr("Async"), QStringLiteral("async"));
    connect(m_path, &QComboBox::activated, this, [this](int index) {
        m_scene->setPath(m_scene->selectedConnections(), m_path->itemData(index).toString());
    });
    tools->addWidget(m_path);
    tools->addSeparator();

    QAction *snap = tools->addAction(tr("Snap"));
    snap->setCheckable(true);
    snap->setChecked(true);
    snap->setToolTip(tr("Snap to the grid"));
    connect(snap, &QAction::toggled, this, [this](bool on) {
        m_scene->setSnapToGrid(on);
        m_view->viewport()->update();
    });
    QAction *fit = tools->addAction(QIcon::fromTheme(QStringLiteral("zoom-fit-best")), tr("Fit"), this,
                                    [this] { m_view->fitToDrawing(); });
    fit->setToolTip(tr("Show the whole drawing (0); Ctrl+wheel, + and - zoom; the wheel, the middle button or "
                       "Space and drag move the board"));
    QAction *save = tools->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Export…"), this,
                                     &Whiteboard::exportPicture);
    save->setToolTip(tr("Save the sketch as a PNG picture or an SVG drawing"));
    m_compare = tools->addAction(tr("Co&mpare"));
    m_compare->setObjectName(QStringLiteral("whiteboardCompare"));
    m_compare->setCheckable(true);
    m_compare->setToolTip(tr("Show the reference architecture beside your sketch, with what you have, "
                             "what you missed and what you added"));
    connect(m_compare, &QAction::toggled, this, &Whiteboard::showComparison);
    return tools;
}

QWidget *Whiteboard::makePalette()
{
    m_palette->setObjectName(QStringLiteral("whiteboardPalette"));
    m_palette->setAccessibleName(tr("Components"));
    m_palette->setToolTip(tr("Drag a component onto the board, or double-click it to add it"));
    m_palette->setDragEnabled(true);
    m_palette->setDragDropMode(QAbstractItemView::DragOnly);
    m_palette->setIconSize(QSize(28, 18));
    const diagrams::DiagramStyle style = diagrams::DiagramStyle::from(palette(), font());
    for (const QString &kind : core::SketchKinds::bundled().kinds()) {
        auto *item = new QListWidgetItem(kindIcon(kind, style), core::SketchKinds::displayName(kind), m_palette);
        item->setData(kKindRole, kind);
        item->setToolTip(item->text());
    }
    setPaletteCompact(false);
    const auto add = [this](QListWidgetItem *item) {
        if (!item)
            return;
        const QString id = m_scene->addComponent(item->data(kKindRole).toString(), {}, placeForNext());
        if (!id.isEmpty())
            m_view->ensureVisible(m_scene->rectOf({WhiteboardScene::Part::Component, id, -1}));
    };
    connect(m_palette, &QListWidget::itemActivated, this, add);
    return m_palette;
}

void Whiteboard::setPaletteCompact(bool compact)
{
    int widest = 0;
    for (int i = 0; i < m_palette->count(); ++i) {
        QListWidgetItem *item = m_palette->item(i);
        const QString name = core::SketchKinds::displayName(item->data(kKindRole).toString());
        item->setText(compact ? QString() : name);
        widest = std::max(widest, fontMetrics().horizontalAdvance(name));
    }
    const int frame = 2 * m_palette->frameWidth() + m_palette->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    m_palette->setFixedWidth(m_palette->iconSize().width() + frame + (compact ? 12 : widest + 24));
}

QWidget *Whiteboard::makeComparison()
{
    auto *panel = new QWidget;
    panel->setObjectName(QStringLiteral("whiteboardComparison"));
    m_comparisonTitle->setWordWrap(true);
    QFont bold = m_comparisonTitle->font();
    bold.setBold(true);
    m_comparisonTitle->setFont(bold);
    m_reference->setMinimumHeight(fontMetrics().height() * 8);
    m_coverageList->setAccessibleName(tr("What your sketch has of the reference"));
    m_coverageList->setSelectionMode(QAbstractItemView::NoSelection);
    m_coverageList->setWordWrap(true);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_reference);
    split->addWidget(m_coverageList);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_comparisonTitle);
    layout->addWidget(split, 1);
    return panel;
}

QSize Whiteboard::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 64, fontMetrics().lineSpacing() * 26};
}

void Whiteboard::setQuestion(const QString &questionId)
{
    core::SketchStore &store = m_library.sketches();
    SketchSlot slot;
    slot.questionId = questionId;
    slot.shared = true;
    slot.load = [&store, questionId](QString *error) -> std::optional<core::Sketch> {
        const auto stored = store.get(questionId, error);
        return stored ? std::optional(stored->sketch) : std::nullopt;
    };
    slot.save = [&store, questionId](const core::Sketch &sketch, QString *error) {
        return store.save(questionId, sketch, error);
    };
    // The same question again shows what is kept, unless the board holds more.
    if (questionId == m_slot.questionId && m_slot.shared && m_dirty)
        return;
    open(std::move(slot));
}

void Whiteboard::open(SketchSlot slot)
{
    if (m_dirty && !save() && m_slot.save)
        m_unsaved.append({m_slot, m_scene->sketch()}); // kept, and tried again with every save
    m_slot = std::move(slot);
    m_quiet.stop();
    m_dirty = false;
    const auto question = m_library.questions().question(m_slot.questionId);
    m_phrasings = question ? m_library.questions().phrasingsOf(question->conceptId) : QStringList();
    QString error;
    const auto kept = m_slot.load ? m_slot.load(&error) : std::nullopt;
    // A kept sketch that does not read stays as it is: the board shows it cannot
    // be drawn on, rather than saving an empty one over it.
    m_scene->setReadOnly(!error.isEmpty());
    {
        const QSignalBlocker quiet(m_scene);
        m_scene->load(kept.value_or(core::Sketch()));
    }
    setEnabled(!m_slot.questionId.isEmpty());
    m_view->fitToDrawing();
    if (!error.isEmpty())
        showStatus(error, true);
    else
        showStatus(tr("Drag components from the list, or type one above; Ctrl+L connects the selected ones."));
    updateCompareAction();
    updateComparison();
    updateTools();
}

void Whiteboard::reloadIfChangedElsewhere(const QStringList &questionIds)
{
    if (m_saving || m_dirty || !m_slot.shared || !questionIds.contains(m_slot.questionId))
        return;
    SketchSlot same = m_slot;
    open(std::move(same));
    showStatus(tr("The sketch was changed elsewhere; this is the one kept now."));
}

bool Whiteboard::save()
{
    m_quiet.stop();
    if (!m_dirty && m_unsaved.isEmpty())
        return true;
    QString error;
    const QScopedValueRollback saving(m_saving, true);
    m_unsaved.removeIf(
        [&](const std::pair<SketchSlot, core::Sketch> &left) { return left.first.save(left.second, &error); });
    if (m_dirty && m_slot.save && !m_scene->isReadOnly()) {
        if (m_slot.save(m_scene->sketch(), &error))
            m_dirty = false;
    }
    if (m_dirty || !m_unsaved.isEmpty()) {
        showStatus(tr("Not saved: %1. Your sketch stays here and is saved as soon as possible.").arg(error), true);
        m_quiet.start(kRetryMs);
        return false;
    }
    showStatus(tr("Saved %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    return true;
}

void Whiteboard::sketchEdited()
{
    m_dirty = true;
    m_quiet.start(kQuietMs);
    showStatus(tr("Editing…"));
    updateTools();
    updateComparison();
}

void Whiteboard::updateTools()
{
    const QList<qsizetype> connections = m_scene->selectedConnections();
    m_path->setEnabled(!connections.isEmpty());
    if (!connections.isEmpty()) {
        const QString path = m_scene->sketch().connections.value(connections.first()).path;
        m_path->setCurrentIndex(std::max(0, m_path->findData(path)));
    }
    m_connectSelected->setEnabled(m_scene->selectedComponents().size() >= 2);
    m_clear->setEnabled(!m_scene->sketch().isEmpty() && !m_scene->isReadOnly());
}

void Whiteboard::addTyped()
{
    const QString typed = m_quickAdd->text().trimmed();
    if (typed.isEmpty())
        return;
    QString kind = core::SketchKinds::bundled().kindTyped(typed);
    // A name no kind knows is the person's own service ("flurbix"); its kind can
    // be changed from its menu.
    const bool guessed = kind.isEmpty();
    if (guessed)
        kind = QStringLiteral("service");
    const QString id = m_scene->addComponent(kind, labelFromTyped(typed, kind), placeForNext());
    if (id.isEmpty()) {
        showStatus(tr("The board holds at most %n component(s).", nullptr, int(core::Sketch::kMostComponents)), true);
        return;
    }
    m_quickAdd->clear();
    m_view->ensureVisible(m_scene->rectOf({WhiteboardScene::Part::Component, id, -1}));
    if (guessed)
        showStatus(tr("Added \"%1\" as a service: right-click it to choose another kind.").arg(typed));
}

QPointF Whiteboard::placeForNext() const
{
    // Beside the last one added while it fits in view, else a row further down.
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    return m_scene->placeForNext(m_view->visibleCentre(), visible);
}

void Whiteboard::connectSelected()
{
    const QStringList order = m_scene->selectedComponents();
    for (qsizetype i = 0; i + 1 < order.size(); ++i)
        m_scene->addConnection(order[i], order[i + 1]);
}

void Whiteboard::exportPicture()
{
    const auto question = m_library.questions().question(m_slot.questionId);
    QString filter;
    // Named after the question, in the pictures folder: "design-a-url-shortener.png".
    QString name = question ? core::TextNormalizer::canonicalTitle(question->title).left(60).trimmed() : QString();
    name = name.isEmpty() ? tr("sketch") : name.replace(u' ', u'-');
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export Sketch"), QDir(folder).filePath(name + QStringLiteral(".png")),
                                       tr("PNG image (*.png);;SVG drawing (*.svg)"), &filter);
    if (path.isEmpty())
        return;
    const diagrams::DiagramGeometry geometry = diagrams::SketchGeometry::of(m_scene->sketch(), font());
    // Pictures leave the app for documents and paper: light colours, as diagrams.
    const auto style = diagrams::DiagramStyle::from(QPalette(Qt::black, Qt::white), font());
    const QString title = question ? question->title : QString();
    QString error;
    const bool written = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
        ? diagrams::DiagramExport::writeSvg(path, geometry, style, title, &error)
        : diagrams::DiagramExport::writePng(path, geometry, style, title, devicePixelRatioF() * 2, &error);
    if (!written)
        QMessageBox::warning(this, tr("Sketch Not Exported"), error);
}

bool Whiteboard::hasReference() const
{
    return referenceFile(m_phrasings) != nullptr;
}

const diagrams::DiagramGeometry *Whiteboard::referenceGeometry() const
{
    const diagrams::DiagramFile *file = referenceFile(m_phrasings);
    QString error;
    return file ? diagrams::DiagramCatalog::bundled().geometry(*file, font(), &error) : nullptr;
}

std::optional<diagrams::SketchCoverage> Whiteboard::coverage() const
{
    const diagrams::DiagramGeometry *geometry = referenceGeometry();
    if (!geometry)
        return std::nullopt;
    return diagrams::SketchComparison::compare(m_scene->sketch(), *geometry, core::SketchKinds::bundled());
}

void Whiteboard::updateCompareAction()
{
    m_compare->setEnabled(m_comparisonAllowed && hasReference());
    m_compare->setToolTip(!hasReference() ? tr("This question has no reference architecture to compare with")
                              : !m_comparisonAllowed
                              ? tr("The reference shows once the answer does")
                              : tr("Show the reference architecture beside your sketch, with what you have, what you "
                                   "missed and what you added"));
}

void Whiteboard::setComparisonAllowed(bool allowed)
{
    m_comparisonAllowed = allowed;
    updateCompareAction();
    if (!allowed)
        m_compare->setChecked(false);
}

void Whiteboard::setComparisonDrawsReference(bool draws)
{
    m_reference->setVisible(draws);
}

void Whiteboard::showComparison(bool show)
{
    show = show && m_comparisonAllowed && hasReference();
    if (m_compare->isChecked() != show) {
        const QSignalBlocker quiet(m_compare);
        m_compare->setChecked(show);
    }
    const bool appearing = show && !m_comparison->isVisible();
    m_comparison->setVisible(show);
    if (appearing) { // an even share with the board: what was missed is read, not glimpsed
        const int total = m_boardArea->orientation() == Qt::Vertical ? m_boardArea->height() : m_boardArea->width();
        m_boardArea->setSizes({total / 2, total - total / 2});
    }
    updateComparison();
}

void Whiteboard::updateComparison()
{
    if (!m_comparison->isVisible())
        return;
    const diagrams::DiagramFile *file = referenceFile(m_phrasings);
    const diagrams::DiagramGeometry *geometry = referenceGeometry();
    const std::optional<diagrams::SketchCoverage> compared = coverage();
    if (!file || !geometry || !compared) {
        m_comparison->hide();
        return;
    }
    if (m_reference->diagram() != file)
        m_reference->setDiagram(*file, *geometry);
    const diagrams::SketchCoverage &coverage = *compared;
    const qsizetype total = coverage.matched.size() + coverage.missed.size();
    m_comparisonTitle->setText(tr("Against \"%1\": %2 of %3 components, %4 of %5 connections, coverage %6%")
                                   .arg(file->title)
                                   .arg(coverage.matched.size())
                                   .arg(total)
                                   .arg(coverage.connectionsDrawn())
                                   .arg(coverage.connections.size())
                                   .arg(qRound(coverage.coverage * 100)));
    m_coverageList->clear();
    const auto heading = [this](const QString &text) {
        auto *item = new QListWidgetItem(text, m_coverageList);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    };
    const auto name = [](const diagrams::SketchCoverage::Component &c) {
        const QString kind = core::SketchKinds::displayName(c.kind);
        const QString label = c.label.simplified();
        return label.isEmpty() || label.compare(kind, Qt::CaseInsensitive) == 0 ? kind : tr("%1 (%2)").arg(label, kind);
    };
    if (!coverage.missed.isEmpty()) {
        heading(tr("Missed: %n component(s)", nullptr, int(coverage.missed.size())));
        for (const auto &missed : coverage.missed)
            new QListWidgetItem(QStringLiteral("✗ ") + name(missed), m_coverageList);
    }
    if (!coverage.matched.isEmpty()) {
        heading(tr("You have: %n component(s)", nullptr, int(coverage.matched.size())));
        for (const auto &match : coverage.matched)
            new QListWidgetItem(match.byName ? tr("✓ %1, as your %2").arg(name(match.reference), name(match.drawn))
                                             : tr("½ %1, as your %2: the kind fits; name it to count in full")
                                                   .arg(name(match.reference), name(match.drawn)),
                                m_coverageList);
    }
    QStringList missedLinks;
    for (const auto &connection : coverage.connections) {
        if (!connection.drawn && std::none_of(coverage.missed.cbegin(), coverage.missed.cend(), [&](const auto &m) {
                return m.id == connection.from.id || m.id == connection.to.id;
            }))
            missedLinks.append(tr("%1 → %2").arg(connection.from.label.simplified(), connection.to.label.simplified()));
    }
    if (!missedLinks.isEmpty()) {
        heading(tr("Connections missed between what you have: %n", nullptr, int(missedLinks.size())));
        for (const QString &link : std::as_const(missedLinks))
            new QListWidgetItem(QStringLiteral("✗ ") + link, m_coverageList);
    }
    if (!coverage.extra.isEmpty()) {
        heading(tr("Not in the reference: %n component(s)", nullptr, int(coverage.extra.size())));
        for (const auto &extra : coverage.extra)
            new QListWidgetItem(QStringLiteral("+ ") + name(extra), m_coverageList);
    }
}

void Whiteboard::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QFont font = m_status->font();
    font.setBold(problem);
    m_status->setFont(font);
}

void Whiteboard::hideEvent(QHideEvent *event)
{
    save();
    QWidget::hideEvent(event);
}

void Whiteboard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Beside the sketch where the board is wide, under it where it is narrow (a
    // mock interview's side panel).
    const int characters = width() / std::max(1, fontMetrics().averageCharWidth());
    m_boardArea->setOrientation(characters > 110 ? Qt::Horizontal : Qt::Vertical);
    // Where room is short the palette shows only its shapes (names in tooltips).
    setPaletteCompact(characters < 56);
}

} // namespace sdstudy::widgets
