#!/bin/sh
# Adds «Ориентир» to this user's application menu (no administrator rights needed) and, with --remove,
# takes it out again. Run it from the unpacked folder: ./install.sh
# The program itself stays where it was unpacked; moving the folder means running this script again.
set -eu
# CDPATH empty: with it set, cd prints the folder it went to, and that would end up in $here.
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/orientir.desktop"

if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry"
  for size in 16 32 48 64 128 256; do
    rm -f "$data/icons/hicolor/${size}x${size}/apps/orientir.png"
  done
  echo "Ориентир убран из меню. Папка программы и ваши данные не тронуты."
  exit 0
fi

if [ ! -x "$here/orientir" ]; then
  echo "Не найдена программа $here/orientir. Запустите install.sh из распакованной папки orientir." >&2
  exit 1
fi

# A tab or a line break has no spelling in a menu entry; a % would have to be written %%, which GLib's
# menus (MATE, Xfce) do not read back, so they would hide the entry.
case "$here" in
  *[[:cntrl:]%]*)
    echo "В имени папки $here есть знак %, табуляция или перевод строки: из меню программу оттуда не запустить. Переименуйте папку и запустите install.sh снова." >&2
    exit 1 ;;
esac

mkdir -p "$data/applications"
for size in 16 32 48 64 128 256; do
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$here/_internal/resources/icons/orientir-$size.png" "$data/icons/hicolor/${size}x${size}/apps/orientir.png"
done
# The path is quoted in Exec, since a folder such as «~/Загрузки/Ориентир 2026» has a space in it.
# Inside the quotes the desktop entry format wants " ` $ and \ preceded by a backslash, and the file's own
# string syntax doubles every backslash: \ becomes four, " ` $ get two. (% and control characters are
# refused above.)
escaped=$(printf '%s' "$here" | sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\\\&/g')
{
  grep -v '^Exec=' "$here/orientir.desktop"
  printf 'Exec="%s/orientir"\n' "$escaped"
} > "$entry.tmp"
mv "$entry.tmp" "$entry"
chmod 644 "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "Ориентир добавлен в меню приложений (раздел «Офис»). Запуск из папки: $here/orientir"
