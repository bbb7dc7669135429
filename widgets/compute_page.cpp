#include "compute_page.h"

#include <QEvent>
#include <QLabel>

namespace aimc::widgets {

void ComputePage::showJobError(const QString& message) {
    if (!m_errorBanner) {
        m_errorBanner = new QLabel(this);
        m_errorBanner->setObjectName(QStringLiteral("jobErrorBanner"));
        m_errorBanner->setWordWrap(true);
        m_errorBanner->setTextFormat(Qt::PlainText);
        m_errorBanner->setStyleSheet(QStringLiteral("QLabel { background: #fde2e1; color: #8a1010; "
                                                    "border: 1px solid #d04040; padding: 6px; }"));
    }
    m_errorBanner->setText(tr("This page could not be computed: %1").arg(message));
    placeBanner();
    m_errorBanner->show();
    m_errorBanner->raise();
}

void ComputePage::clearJobError() {
    if (m_errorBanner)
        m_errorBanner->hide();
}

QString ComputePage::jobError() const {
    return m_errorBanner && !m_errorBanner->isHidden() ? m_errorBanner->text() : QString();
}

bool ComputePage::event(QEvent* e) {
    if (e->type() == QEvent::Resize && m_errorBanner)
        placeBanner();
    return QWidget::event(e);
}

void ComputePage::placeBanner() {
    const int w = width();
    m_errorBanner->setGeometry(0, 0, w, m_errorBanner->heightForWidth(w));
}

} // namespace aimc::widgets
