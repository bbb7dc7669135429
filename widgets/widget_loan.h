// Lends a widget out of its page's layout (presentation views, spotlight) and puts it back where
// it was: a placeholder holds its place (row, column and span) in the meantime.
#pragma once

#include <QPointer>

class QLayout;
class QWidget;

namespace aimc::widgets {

class WidgetLoan {
public:
    explicit WidgetLoan(QWidget* widget);
    ~WidgetLoan(); // back into the original layout, visible as it was then
    WidgetLoan(const WidgetLoan&) = delete;
    WidgetLoan& operator=(const WidgetLoan&) = delete;

    QWidget* widget() const { return m_widget; }
    // Call after adding the widget to its new layout: shows it unless it was hidden.
    void showInNewPlace() const;

private:
    QPointer<QWidget> m_widget;
    QPointer<QWidget> m_placeholder;
    QPointer<QLayout> m_layout;
    bool m_wasHidden = false;
};

} // namespace aimc::widgets
