#include "deck_player.h"

#include "main_window.h"
#include "page_view.h"
#include "params/param_table.h"
#include "plot_widget.h"
#include "compute_page.h"

#include <QCoreApplication>
#include <QVariantAnimation>

namespace aimc::app {

DeckPlayer::DeckPlayer(MainWindow* window)
    : QObject(window), m_window(window), m_animation(new QVariantAnimation(this)) {
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& v) {
        if (m_animation->state() == QAbstractAnimation::Running)
            m_window->editParam(m_animation->property("key").toString(), v.toDouble(), true);
    });
    connect(m_animation, &QVariantAnimation::finished, this, [this] {
        m_window->editParam(m_animation->property("key").toString(), m_animation->endValue().toDouble(), false);
    });
}

QString DeckPlayer::caption(const core::DeckStep& step) {
    return QCoreApplication::translate("Deck", step.caption.c_str());
}

bool DeckPlayer::load(const QString& path, QString* error) {
    core::DeckTargets targets;
    for (auto* view : m_window->views()) {
        std::vector<std::string> plots;
        for (auto* plot : view->page()->plots())
            plots.push_back(plot->exportName().toStdString());
        targets.emplace_back(view->page()->pageId().toStdString(), std::move(plots));
    }
    const auto file = core::resolveDeck(path.toStdString());
    auto result = core::loadDeckFile(file, targets);
    if (!result.deck) {
        if (error)
            *error = QString::fromStdString(result.error);
        return false; // the deck that was playing (if any) and the parameters stay as they are
    }
    finishAnimation();
    m_deck = std::move(result.deck);
    m_path = QString::fromStdString(file.string());
    m_index = -1;
    goTo(0);
    return true;
}

void DeckPlayer::close() {
    finishAnimation();
    m_deck.reset();
    m_index = -1;
    Q_EMIT closed();
}

bool DeckPlayer::goTo(int index) {
    if (!m_deck || index < 0 || index >= stepCount())
        return false;
    finishAnimation();
    m_index = index;
    const auto& step = m_deck->steps[static_cast<std::size_t>(index)];
    core::Params params = step.params;
    if (step.animation) // start where the sweep starts; the animation brings it to the end
        core::findParam(step.animation->key)->set(params, step.animation->from);
    QStringList pinned;
    if (step.pinned)
        for (const auto& key : *step.pinned)
            pinned << QString::fromStdString(key);
    m_window->showDeckStep(params, pinned, QString::fromStdString(step.page),
                           QString::fromStdString(step.spotlight),
                           tr("deck step %1").arg(index + 1));
    if (step.animation) {
        m_animation->setProperty("key", QString::fromStdString(step.animation->key));
        m_animation->setStartValue(step.animation->from);
        m_animation->setEndValue(step.animation->to);
        m_animation->setDuration(static_cast<int>(step.animation->seconds * 1000));
        m_animation->start();
    }
    Q_EMIT stepShown(index, caption(step));
    return true;
}

bool DeckPlayer::isAnimating() const { return m_animation->state() == QAbstractAnimation::Running; }

void DeckPlayer::finishAnimation() {
    if (isAnimating())
        m_animation->setCurrentTime(m_animation->duration()); // emits finished: the end value
}

} // namespace aimc::app
