// UI preferences only (docs/architecture.md): typed access to QSettings with the defaults in one place.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace aimc::app {

class Settings {
public:
    QString language() const;          // "" = follow the system, else "en", "zh_CN", "es"
    void setLanguage(const QString& code);
    bool presentationMode() const;
    void setPresentationMode(bool on);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& g);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& s);
    QStringList recentPresets() const; // newest first, at most kMaxRecent
    void addRecentPreset(const QString& path);

    static constexpr int kMaxRecent = 8;
    static QStringList availableLanguages(); // codes with a compiled translation, plus "en"
};

} // namespace aimc::app
