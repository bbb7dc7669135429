#include "settings.h"

#include <QSettings>

namespace aimc::app {
namespace {
// The one table of keys and defaults.
const char* const kLanguage = "ui/language";
const char* const kPresentation = "ui/presentationMode";
const char* const kGeometry = "window/geometry";
const char* const kState = "window/state";
const char* const kRecent = "presets/recent";
} // namespace

QString Settings::language() const { return QSettings().value(kLanguage, QString()).toString(); }
void Settings::setLanguage(const QString& code) { QSettings().setValue(kLanguage, code); }
bool Settings::presentationMode() const { return QSettings().value(kPresentation, false).toBool(); }
void Settings::setPresentationMode(bool on) { QSettings().setValue(kPresentation, on); }
QByteArray Settings::windowGeometry() const { return QSettings().value(kGeometry).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray& g) { QSettings().setValue(kGeometry, g); }
QByteArray Settings::windowState() const { return QSettings().value(kState).toByteArray(); }
void Settings::setWindowState(const QByteArray& s) { QSettings().setValue(kState, s); }
QStringList Settings::recentPresets() const { return QSettings().value(kRecent).toStringList(); }

void Settings::addRecentPreset(const QString& path) {
    QStringList list = recentPresets();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(kRecent, list);
}

QStringList Settings::availableLanguages() { return {"en", "zh_CN", "es"}; }

} // namespace aimc::app
