#include "widget_loan.h"

#include <QLayout>
#include <QWidget>

namespace aimc::widgets {

WidgetLoan::WidgetLoan(QWidget* widget) : m_widget(widget) {
    m_wasHidden = widget->isHidden();
    QWidget* parent = widget->parentWidget();
    m_layout = parent ? parent->layout() : nullptr;
    if (!m_layout)
        return;
    m_placeholder = new QWidget(parent);
    m_placeholder->setSizePolicy(widget->sizePolicy());
    delete m_layout->replaceWidget(widget, m_placeholder); // searches nested layouts too
}

WidgetLoan::~WidgetLoan() {
    if (!m_widget || !m_layout || !m_placeholder)
        return;
    const bool hidden = m_widget->isHidden(); // the page may have hidden or shown it meanwhile
    delete m_layout->replaceWidget(m_placeholder, m_widget);
    delete m_placeholder;
    m_widget->setVisible(!hidden);
}

void WidgetLoan::showInNewPlace() const {
    if (m_widget)
        m_widget->setVisible(!m_wasHidden);
}

} // namespace aimc::widgets
