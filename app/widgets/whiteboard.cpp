#include "widgets/whiteboard.h"

#include "core/sketchkinds.h"
#include "core/studylibrary.h"
#include "diagrams/diagramcatalog.h"
#include "diagrams/diagramexport.h"
#include "diagrams/sketchgeometry.h"
#include "widgets/diagramview.h"
#include "widgets/whiteboardscene.h"
#include "widgets/whiteboardview.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
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
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
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
    QAction *undo = m_scene->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    local(undo, QKeySequence::Undo);
    QAction *redo = m_scene->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
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
    QAction *text = tools->addAction(tr("&Text"), this, [this] {
        const QPointF at = m_view->visibleCentre();
        if (m_scene->addText(tr("Text"), at))
            m_view->editLabel(m_scene->refAt(at + QPointF(4, 4)));
    });
    text->setToolTip(tr("Add a text box: numbers, requirements, notes (or double-click the board)"));
    QAction *frame = tools->addAction(tr("&Frame"), this, [this] { m_scene->addFrame(m_view->visibleCentre()); });
    frame->setToolTip(tr("Draw a labelled frame around what is selected: a region, a tier, a path"));
    QAction *clear = tools->addAction(tr("Clea&r"), this, [this] { m_scene->clearAll(); });
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
        if (item)
            m_scene->addComponent(item->data(kKindRole).toString(), {}, m_scene->placeForNext(m_view->visibleCentre()));
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
    if (questionId == m_questionId)
        return;
    save();
    m_questionId = questionId;
    m_quiet.stop();
    m_dirty = false;
    const auto question = m_library.questions().question(questionId);
    m_phrasings = question ? m_library.questions().phrasingsOf(question->conceptId) : QStringList();
    QString error;
    const auto stored = m_library.sketches().get(questionId, &error);
    // A stored sketch that does not read stays as it is: the board shows it cannot
    // be drawn on, rather than saving an empty one over it.
    m_scene->setReadOnly(!error.isEmpty());
    {
        const QSignalBlocker quiet(m_scene);
        m_scene->load(stored ? stored->sketch : core::Sketch());
    }
    setEnabled(!questionId.isEmpty());
    m_view->fitToDrawing();
    if (!error.isEmpty())
        showStatus(error, true);
    else
        showStatus(stored ? tr("Saved %1").arg(QLocale().toString(stored->updated.toLocalTime(), QLocale::ShortFormat))
                          : tr("Drag components from the list, or type one above; Ctrl+L connects the selected ones."));
    m_compare->setEnabled(m_comparisonAllowed && hasReference());
    updateComparison();
    updateTools();
}

bool Whiteboard::save()
{
    m_quiet.stop();
    if (!m_dirty || m_questionId.isEmpty() || m_scene->isReadOnly())
        return true;
    QString error;
    if (!m_library.sketches().save(m_questionId, m_scene->sketch(), &error)) {
        showStatus(tr("Not saved: %1. Your sketch stays here and is saved as soon as possible.").arg(error), true);
        m_quiet.start(kRetryMs);
        return false;
    }
    m_dirty = false;
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
}

void Whiteboard::addTyped()
{
    const QString typed = m_quickAdd->text().trimmed();
    if (typed.isEmpty())
        return;
    const QString kind = core::SketchKinds::bundled().kindTyped(typed);
    if (kind.isEmpty()) {
        showStatus(
            tr("No component is called \"%1\". Try a kind from the list, or a name such as Redis or Kafka.").arg(typed),
            true);
        return;
    }
    const QString id
        = m_scene->addComponent(kind, labelFromTyped(typed, kind), m_scene->placeForNext(m_view->visibleCentre()));
    if (id.isEmpty()) {
        showStatus(tr("The board holds at most %n component(s).", nullptr, int(core::Sketch::kMostComponents)), true);
        return;
    }
    m_quickAdd->clear();
    m_view->ensureVisible(m_scene->rectOf({WhiteboardScene::Part::Component, id, -1}));
}

void Whiteboard::connectSelected()
{
    const QStringList order = m_scene->selectedComponents();
    for (qsizetype i = 0; i + 1 < order.size(); ++i)
        m_scene->addConnection(order[i], order[i + 1]);
}

void Whiteboard::exportPicture()
{
    const auto question = m_library.questions().question(m_questionId);
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Sketch"), tr("sketch.png"),
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

std::optional<diagrams::SketchCoverage> Whiteboard::coverage() const
{
    const diagrams::DiagramFile *file = referenceFile(m_phrasings);
    QString error;
    const diagrams::DiagramGeometry *geometry
        = file ? diagrams::DiagramCatalog::bundled().geometry(*file, font(), &error) : nullptr;
    if (!geometry)
        return std::nullopt;
    return diagrams::SketchComparison::compare(m_scene->sketch(), *geometry, core::SketchKinds::bundled());
}

void Whiteboard::setComparisonAllowed(bool allowed)
{
    m_comparisonAllowed = allowed;
    m_compare->setEnabled(allowed && hasReference());
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
    m_comparison->setVisible(show);
    updateComparison();
}

void Whiteboard::updateComparison()
{
    if (!m_comparison->isVisible())
        return;
    const diagrams::DiagramFile *file = referenceFile(m_phrasings);
    QString error;
    const diagrams::DiagramGeometry *geometry
        = file ? diagrams::DiagramCatalog::bundled().geometry(*file, font(), &error) : nullptr;
    if (!geometry) {
        m_comparison->hide();
        return;
    }
    if (m_reference->diagram() != file)
        m_reference->setDiagram(*file, *geometry);
    const diagrams::SketchCoverage coverage
        = diagrams::SketchComparison::compare(m_scene->sketch(), *geometry, core::SketchKinds::bundled());
    const qsizetype total = coverage.matched.size() + coverage.missed.size();
    m_comparisonTitle->setText(tr("Against \"%1\": %2 of %3 components (%4%), %5 of %6 connections")
                                   .arg(file->title)
                                   .arg(coverage.matched.size())
                                   .arg(total)
                                   .arg(qRound(coverage.coverage * 100))
                                   .arg(coverage.connectionsDrawn())
                                   .arg(coverage.connections.size()));
    m_coverageList->clear();
    const auto heading = [this](const QString &text) {
        auto *item = new QListWidgetItem(text, m_coverageList);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    };
    const auto name = [](const diagrams::SketchCoverage::Component &c) {
        const QString kind = core::SketchKinds::displayName(c.kind);
        return c.label.isEmpty() ? kind : tr("%1 (%2)").arg(c.label.simplified(), kind);
    };
    if (!coverage.missed.isEmpty()) {
        heading(tr("Missed: %n component(s)", nullptr, int(coverage.missed.size())));
        for (const auto &missed : coverage.missed)
            new QListWidgetItem(QStringLiteral("✗ ") + name(missed), m_coverageList);
    }
    if (!coverage.matched.isEmpty()) {
        heading(tr("You have: %n component(s)", nullptr, int(coverage.matched.size())));
        for (const auto &match : coverage.matched)
            new QListWidgetItem(tr("✓ %1, as your %2").arg(name(match.reference), name(match.drawn)), m_coverageList);
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
    setPaletteCompact(characters < 80);
}

} // namespace sdstudy::widgets
