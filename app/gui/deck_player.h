// Plays a lecture deck (core/io/deck.h) in the main window: PageDown / PageUp step, each step
// applies its parameters as one undo step, shows its page and spotlight, sets the caption and runs
// its animation (one parameter swept through the same path as a slider drag).
#pragma once

#include "io/deck.h"

#include <QObject>
#include <QString>
#include <optional>

class QVariantAnimation;

namespace aimc::app {

class MainWindow;

class DeckPlayer : public QObject {
    Q_OBJECT
public:
    explicit DeckPlayer(MainWindow* window);

    // Refuses a bad deck (the message names the file and the step) and keeps the current state.
    bool load(const QString& path, QString* error = nullptr);
    void close();
    bool isActive() const { return m_deck.has_value(); }
    const core::Deck* deck() const { return m_deck ? &*m_deck : nullptr; }
    QString path() const { return m_path; }
    int stepIndex() const { return m_index; } // from 0
    int stepCount() const { return m_deck ? static_cast<int>(m_deck->steps.size()) : 0; }
    bool goTo(int index); // false (and nothing changes) when out of range
    void next() { goTo(m_index + 1); }
    void previous() { goTo(m_index - 1); }
    bool isAnimating() const;
    void finishAnimation(); // jumps to the animation's end value (tests, and stepping on)

    // The caption of a step as shown: translated (context "Deck").
    static QString caption(const core::DeckStep& step);

Q_SIGNALS:
    void stepShown(int index, const QString& caption);
    void closed();

private:
    MainWindow* m_window;
    std::optional<core::Deck> m_deck;
    QString m_path;
    int m_index = -1;
    QVariantAnimation* m_animation;
};

} // namespace aimc::app
