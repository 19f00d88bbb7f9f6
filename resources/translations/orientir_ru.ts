<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="ru_RU">
<context>
    <name>Attachments</name>
    <message>
        <source>%1 — это папка. Прикрепить можно только файл (папку можно упаковать в zip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Укажите файл, который нужно прикрепить.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл для прикрепления не найден: %1. Проверьте имя файла и папку.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — не обычный файл (устройство или канал). Прикрепите документ, скан или фото.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Нет прав на чтение файла %1. Скопируйте его к себе (например, в «Документы») и прикрепите копию.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл %1 пустой (0 байт) — вероятно, он не сохранился до конца. Прикрепите исправный файл.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл %1 больше 100 МБ — для отчёта это слишком много. Уменьшите его (например, сохраните скан в меньшем разрешении) и прикрепите снова.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Не хватает места на диске для резервной копии. Освободите место (удалите ненужные файлы, очистите корзину) и повторите.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Не удалось записать резервную копию. Повторите; если ошибка повторится, проверьте диск и передайте подробности специалисту.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>База данных занята другой программой. Закройте другие окна Ориентира и повторите.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Резервная копия не прошла проверку после записи — возможно, неисправен диск. Повторите; если ошибка повторится, проверьте диск и передайте подробности специалисту.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Нет прав на запись в папку резервных копий %1. Попросите администратора компьютера разрешить запись в эту папку и повторите.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл %1 не является резервной копией Ориентира. Выберите другой файл: имя резервной копии начинается с «orientir-» и заканчивается на «.sqlite3».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Резервная копия %1 повреждена, восстановить из неё данные нельзя. Выберите другую, более раннюю копию.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл %1 не найден. Проверьте, что флешка или диск с резервной копией подключены, и выберите файл ещё раз.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — это папка, а не файл. Выберите файл резервной копии (.sqlite3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Не удалось прочитать файл %1. Если он на флешке, проверьте, что она подключена, и повторите.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Папку резервных копий %1 создать нельзя: на её месте лежит файл. Переименуйте или перенесите этот файл и повторите.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>База данных %1 повреждена, поэтому резервная копия не сделана. Восстановите данные из последней резервной копии.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл базы данных %1 не найден — резервную копию сделать не из чего.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Данные, которые были до восстановления, сохранены в файле %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Не удалось восстановить данные из резервной копии %1. Повторите; если ошибка повторится, передайте подробности специалисту.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>Выгрузка получается больше, чем другой Ориентир согласится принять. Уменьшите или удалите самые большие вложения и выгрузите снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл пакета повреждён при пересылке — попросите отправителя выгрузить пакет заново.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Это не пакет Ориентира. Проверьте, что выбран файл с расширением .orientir, полученный от школы или отдела.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакет больше, чем допускает Ориентир (слишком большой файл или слишком много частей). Такой пакет не мог выгрузить Ориентир — не открывайте его и сообщите отправителю.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В пакете есть файлы с недопустимыми именами или типами. Такой пакет не мог выгрузить Ориентир — не открывайте его и сообщите отправителю.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Подпись пакета не сходится: пакет изменён после выгрузки или подписан чужим ключом. Попросите отправителя выгрузить пакет заново.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакет пришёл от неизвестного отправителя: его ключ не зарегистрирован в этом профиле.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Этот пакет предназначен другому получателю, а не этому профилю.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Состав пакета не совпадает с его описью: после выгрузки в нём добавлены или удалены файлы. Попросите отправителя выгрузить пакет заново.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакет выгружен более новой версией Ориентира. Обновите программу и загрузите пакет снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Содержимое пакета не соответствует формату Ориентира. Попросите отправителя выгрузить пакет заново.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакет пытается изменить данные, которые принадлежат не отправителю. Пакет не принят.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Операция отменена, ничего не изменено.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл пакета повреждён при пересылке (испорчена часть %1) — попросите отправителя выгрузить пакет заново.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакет подписан другим ключом, а не тем, что зарегистрирован для отправителя. Если отправитель переустанавливал программу, его нужно подключить заново; иначе не принимайте пакет.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Использование: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>аргументы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>параметры</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>показать эту справку и выйти</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>не указаны обязательные аргументы: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>лишние аргументы: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>недопустимое значение %(value)r (допустимы: %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>аргумент %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>нужно указать значение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>нужно указать хотя бы одно значение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>можно указать не больше одного значения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>неоднозначный параметр %(option)s: подходит %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>нельзя указывать вместе с %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>лишнее значение %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>недопустимое значение %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: ошибка: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>нужно указать один из аргументов: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>нужно указать %s значение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>неожиданный параметр: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Справка: %1 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Создан профиль отдела образования «%1» в папке %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отпечаток ключа подписи: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Создан профиль школы «%1» в папке %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отпечаток ключа школы: %1 — продиктуйте его в отдел образования, если попросят.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Школа «%1» зарегистрирована. Отправьте школе файл подключения: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Школ пока нет. Добавьте школу: orientir school add --name … --out ФАЙЛ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Дорожных карт пока нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мероприятие %1 «%2»: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Добавлено подтверждений: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Уже были прикреплены раньше: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Параметр --school — для профиля отдела образования; профиль школы показывает свой ход выполнения.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Резервная копия сохранена и проверена: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Профиль восстановлен из копии от %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Прежнее состояние сохранено в %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Демонстрационный профиль школы создан в папке %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ориентир: дорожные карты школ с низкими образовательными результатами. Без команды открывает окно программы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ПАПКА</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>папка профиля (или переменная окружения ORIENTIR_DATA_DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>показать версию программы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>открыть окно без экрана, отрисовать его и выйти (проверка сборки)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>КОМАНДА</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>создать профиль отдела образования или школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ВИД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>профиль отдела (управления) образования</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>название отдела образования</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>профиль школы по файлу подключения от отдела образования</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>файл подключения, полученный от отдела образования</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>школы отдела образования</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ДЕЙСТВИЕ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>зарегистрировать школу и создать её файл подключения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>полное название школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>куда записать файл подключения для школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>краткое название (МБОУ «…» СОШ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>куратор школы (ФИО)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>школа-наставник</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>адрес электронной почты школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>список школ: ключ, полученные пакеты, выполнение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>вывести JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>дорожные карты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>показать дорожные карты профиля</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ход выполнения мероприятий</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отметить выполнение мероприятия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>номер мероприятия, например 1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID дорожной карты, если номер есть в нескольких</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>фактический результат</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ФАЙЛ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>прикрепить файл (можно несколько раз)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>добавить ссылку (можно несколько раз)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ТЕКСТ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>добавить документ, например «Приказ от 09.03.2022 № 52 «О посещении семинара»»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>примечание</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>показать ход выполнения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>только эта школа (для отдела образования)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>сделать резервную копию базы профиля</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>восстановить базу профиля из резервной копии</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>файл резервной копии (из папки backups профиля)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Прервано.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Внутренняя ошибка программы. Ничего не изменено.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Подробности записаны в журнал: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2; выполнено %3 из %4 (%5 %); ключ: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: выполнено %2 из %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Новый файл подключения школы «%1»: %2. Прежний файл больше не действует.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Записей, которые будут заново отправлены как более новые: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ключа подписи в этой папке нет (в резервную копию он не входит). Чтобы снова отправлять пакеты, попросите отдел образования подключить школу заново.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>новый файл подключения взамен потерянного (прежний перестаёт действовать)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>название зарегистрированной школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>куда записать новый файл подключения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ключа подписи в этой папке нет (в резервную копию он не входит). Перенесите папку keys со старого компьютера; если её нет, школам придётся заново подключиться к отделу образования.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ещё не получен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (мероприятий: %2; ID %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Укажите, что отметить: --status, --actual, --attach, --link, --document или --note (справка: orientir progress set --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ничего не изменилось: всё это уже было записано.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>неизвестный статус «%1»: укажите выполнено, в работе, не начато, не выполнено или отменено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>НАЗВАНИЕ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>СТАТУС</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>статус: shnor — ШНОР, risk_group — группа риска, non_objective — признаки необъективности, social_risk — неблагоприятные социальные условия, other — другое</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ФИО</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ШКОЛА</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>АДРЕС</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>НОМЕР</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>статус: «выполнено» (done), «в работе» (in_progress), «не начато» (not_started), «не выполнено» (not_done), «отменено» (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>создать демонстрационный профиль школы (в папке --data-dir, иначе в отдельной папке демонстрации, а не в рабочем профиле)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В команде есть текст в неизвестной кодировке: «%1». Наберите его заново в кодировке UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отпечаток ключа отдела образования: %1 — школа может сверить его с вами по телефону.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>пакетов получено: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>последний %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ВНИМАНИЕ: отложен пакет, не совпадающий с полученными (школа восстанавливала данные?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>есть отложенные пакеты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>принято отделом %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Проверка: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отчёт изменён после проверки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отдел образования</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>школа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Последнее сообщение (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>размер «%1» не понят: укажите число мегабайт от 0,05 до 200, например 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>выгрузить подписанный пакет для отправки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>куда записать пакет (.orientir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>выгрузить всё, а не только то, что другая сторона ещё не подтвердила</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>пакет только для этой школы (для отдела образования)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>МБ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>наибольший размер одного файла для почты, МБ (по умолчанию 15); больше — части</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>загрузить пакеты школ или отдела образования</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>файлы пакетов .orientir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>принять пакет школы, восстановившей данные из резервной копии (более новые данные не теряются)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>проверить пакет, ничего не загружая</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>файл пакета .orientir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакет №%1 выгружен: %2 (записей %3, файлов %4, %5 КБ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакет №%1 выгружен частями (%2): записей %3, файлов %4, всего %5 КБ. Отправьте все части; загружать их можно в любом порядке:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Новых изменений нет, пакет содержит только подтверждения.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл %1 (%2 МБ) больше ограничения для почты и выгружен отдельной частью; если почта его не примет, передайте эту часть на флешке или через облако.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакет %1 не прошёл проверку: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отдела образования</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакет №%1 %2 «%3»: подпись проверена (отпечаток ключа %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Это часть %1 из %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Содержимое: записей %1, файлов %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ключ подписи профиля: отпечаток и пароль</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>показать отпечаток ключа и защищён ли он паролем</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>пароль ключа подписи (из переменной окружения ORIENTIR_PASSPHRASE или с клавиатуры)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>задать или сменить пароль (для смены из сценария новый пароль — в ORIENTIR_NEW_PASSPHRASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>снять пароль с ключа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пароль не введён. Ничего не изменено.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ключ подписи защищён паролем. Запустите команду в окне терминала, чтобы ввести пароль, или передайте его в переменной окружения ORIENTIR_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пароль ключа подписи: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Новый пароль вводится в окне терминала или передаётся в переменной окружения ORIENTIR_NEW_PASSPHRASE (при первой установке пароля — ORIENTIR_PASSPHRASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Новый пароль ключа подписи: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Повторите новый пароль: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пароли не совпадают. Ничего не изменено.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ключ защищён паролем.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ключ не защищён паролем. Задать пароль: orientir key passphrase set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отпечаток ключа отдела образования: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ключ подписи и так не защищён паролем.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пароль снят: ключ подписи больше не защищён паролем. Берегите папку профиля от посторонних.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пароль ключа подписи задан. Его спросят при выгрузке пакетов и создании файлов подключения. Запомните его: забытый пароль восстановить нельзя.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>номер</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>название</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>раздел</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>срок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ответственные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ожидаемый результат</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>исполнители</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>неизвестная отметка «%1»: укажите «принято» или «на доработку»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>проверить отчёт школы по мероприятию: принято или на доработку</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>школа, чей отчёт проверен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ОТМЕТКА</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«принято» (accepted) или «на доработку» (rework)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>замечание для школы (обязательно для «на доработку»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>кто проверил (куратор)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ответить на замечание куратора по мероприятию</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>текст ответа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>кто отвечает</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>кто выполняет: schools — школы, department — отдел образования, both — и те и другие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>добавить мероприятие в свою дорожную карту</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>название мероприятия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>РАЗДЕЛ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>номер раздела («2») или номер и название нового («3. Работа с родителями»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>СРОК</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>срок, как в документе: «март 2024 года», «ежеквартально»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>КТО</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID дорожной карты, если их несколько</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>изменить мероприятие своей дорожной карты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>новое название</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>новый срок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>новые ответственные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>новый ожидаемый результат</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>новый номер мероприятия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>перенести в раздел (номер или номер и название нового)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>убрать мероприятие из своей дорожной карты (отчёты по нему сохраняются)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Школы получат изменение со следующим пакетом отдела.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отдел образования получит изменение со следующим пакетом школы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Уточнить срок: orientir roadmap edit %1 --deadline «…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мероприятие %1 школы «%2» уже отмечено: %3. Ничего не изменилось.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мероприятие %1 школы «%2»: %3. Замечание уйдёт школе со следующим пакетом отдела.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мероприятие %1 школы «%2»: %3. Отметка уйдёт школе со следующим пакетом отдела.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ответ по мероприятию %1 записан. Он уйдёт в отдел образования со следующим пакетом школы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мероприятие %1 «%2» добавлено в дорожную карту «%3».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Укажите, что изменить: --title, --deadline, --responsible, --result, --number, --section или --by (справка: orientir roadmap edit --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мероприятие %1: ничего не изменилось — всё это уже записано.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мероприятие %1 «%2» изменено: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мероприятие %1 «%2» убрано из дорожной карты «%3».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отчёты по нему сохранены (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>мероприятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>не используется</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>период «%1» не понят: укажите ГГГГ-ММ-ДД:ГГГГ-ММ-ДД, например 2024-09-01:2025-08-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>в периоде «%1» начало позже конца</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>загрузить дорожную карту из файла Word (.docx) или Excel (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>файл дорожной карты .docx или .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>НАЧАЛО:КОНЕЦ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>период дорожной карты, например 2024-09-01:2025-08-31 (если в документе его нет или он другой)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>название дорожной карты вместо найденного в документе</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>вывести отчёт о загрузке в JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Загружена новая дорожная карта «%1» (ID %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Обновлена дорожная карта «%1» (ID %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Период: %1–%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Период в документе не найден: сроки «весь период», «в течение года» не прочитаны. Укажите его: --period ГГГГ-ММ-ДД:ГГГГ-ММ-ДД.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Утверждена документом от %1 № %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Утверждена %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Импортировано: разделов — %1, мероприятий — %2 (новых — %3, изменено — %4, без изменений — %5, удалено — %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Показателей: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Столбцы: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мероприятий без номера: %1 (отметить их выполнение можно в окне программы).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Номера, которые встречаются несколько раз: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сроки, которые не удалось прочитать (исправьте их в файле или в программе):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: «%2» — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пропущенные таблицы:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>еженедельно</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ежемесячно</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ежеквартально</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>раз в полугодие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ежегодно</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>по событию</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Срок не указан.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Текст срока слишком длинный: прочитаны первые %1 знаков.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Не понят фрагмент «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Такой даты нет: «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Не понята периодичность «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Срок «%1» зависит от периода дорожной карты, а период не задан.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В сроке нет ни дат, ни знакомых слов вроде «весь период» или «ежегодно».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Для «%1» не указан год, а период дорожной карты не задан.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Для «%1» не указан год, и по периоду дорожной карты его не определить.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Начало срока позже его конца: «%1».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enrollment</name>
    <message>
        <source>Файл %1 — не файл подключения к Ориентиру. Попросите отдел образования прислать файл подключения вашей школы (он создаётся командой «Добавить школу»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл подключения не найден: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — это папка, а нужен файл подключения.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл подключения создан более новой версией Ориентира. Обновите программу и откройте его снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл подключения %1 повреждён. Попросите отдел образования прислать его заново.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл подключения %1 устарел: он не подписан отделом образования. Попросите отдел образования создать для вашей школы новый файл подключения.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Нет прав на запись или чтение: %1. Проверьте права доступа к папке или выберите другую.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Не хватает места на диске для %1. Освободите место и повторите.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл или папка не найдены: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — это папка, а нужен файл.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — это файл, а нужна папка.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Не удалось выполнить операцию с файлом %1. Подробности записаны в журнал.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Профиль сейчас занят: с ним работает другое окно или команда Ориентира. Дождитесь окончания или закройте другое окно и повторите.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Укажите имя файла пакета, например «пакет.orientir».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — это папка. Укажите имя файла пакета в ней.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Папка %1 не существует. Укажите существующую папку для пакета.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Параметр --school — для профиля отдела образования: школа отправляет пакет своему отделу.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл %1 уже существует. Укажите другое имя файла пакета.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>уже загружен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>он отложен и будет применён, когда придут недостающие изменения или части</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>он отложен как не совпадающий с уже полученными (см. orientir import --accept-fork)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>это часть %1 из %2; пакет будет применён, когда придут все части (получено %3 из %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>пакет начинается с изменений, которых здесь ещё нет (похоже, база отдела восстанавливалась из резервной копии). Он отложен и будет применён сам, когда придут недостающие изменения. Попросите школу выгрузить полный пакет: orientir export --full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>пакет начинается с изменений, которых здесь ещё нет (похоже, база школы восстанавливалась из резервной копии). Он отложен и будет применён сам, когда придут недостающие изменения. Попросите отдел образования выгрузить полный пакет: orientir export --full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>пакет №%1 школы «%2» не совпадает с уже полученными — похоже, школа восстановила данные из резервной копии. Пакет отложен, свяжитесь со школой. Принять его, не теряя более новых данных: orientir import --accept-fork ФАЙЛ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>принят (новых %1, изменено %2, без изменений %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отложен: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отклонён: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>пакет школы «%1» №%2 от %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>пакет отдела образования «%1» №%2 от %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отложенный ранее</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакет школы пытается изменить чужие данные (другой школы или отдела образования), поэтому он не принят целиком. Сообщите об этом школе.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакет отдела образования пытается изменить данные школы, поэтому он не принят целиком.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Это пакет, выгруженный этим же отделом образования: загружать его сюда не нужно — отправьте его школам.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Это пакет другого отдела образования: профиль отдела принимает только пакеты своих школ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакет от школы, которая не зарегистрирована в этом отделе образования. Проверьте список школ (orientir school list) или попросите школу подключиться по файлу подключения.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакет подписан не тем ключом, который зарегистрирован для этой школы. Если школа переустановила программу, выдайте ей новый файл подключения (orientir school reissue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакет не подтверждает подключение школы: он выгружен не из профиля, созданного по действующему файлу подключения этой школы. Выдайте школе новый файл подключения (orientir school reissue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Этот пакет предназначен другому отделу образования.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Это пакет школы: его загружают в профиле отдела образования, а не школы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакет от другого отдела образования, к которому эта школа не подключена.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакет подписан не тем ключом, который зарегистрирован для отдела образования. Сверьте отпечаток ключа с отделом по телефону.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Этот пакет предназначен другой школе.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <source>Не найден файл шрифта «{name}» в папке {folder}. Программа установлена не полностью: переустановите её, затем снова сформируйте отчёт.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>В папке профиля нет ключа подписи (%1). Без него нельзя подписывать файлы и пакеты. Перенесите папку keys этого профиля с прежнего компьютера.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл ключа подписи %1 повреждён. Верните папку keys этого профиля из копии или с прежнего компьютера.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ключ подписи в папке %1 — от другого профиля. Верните папку keys этого профиля с прежнего компьютера или из копии.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ключ подписи защищён паролем. Введите пароль ключа.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пароль слишком короткий: нужно не меньше %1 знаков. Ничего не изменено.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ключ подписи сохранён более новой версией Ориентира. Обновите программу.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Неверный пароль ключа подписи. Проверьте раскладку клавиатуры и Caps Lock и повторите.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Самопроверка не пройдена: окно не отрисовалось (%1×%2 точек).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Самопроверка пройдена: окно «%1» отрисовано, %2×%3 точек.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Окно открыть негде: нет графического экрана. Запустите программу из рабочего стола или на виртуальном экране: xvfb-run -a orientir. Команды (orientir --help) работают и без экрана.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ориентир — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (демонстрация)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Демонстрационный профиль:&lt;/b&gt; данные вымышленные, школа и отдел образования не существуют. Здесь можно спокойно осмотреться. Чтобы вести дорожную карту своей школы, получите в отделе образования файл подключения и создайте по нему профиль школы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В папке %1 профиля нет, поэтому открыт демонстрационный.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Дорожная карта:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Утверждена приказом</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>№ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>от %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>период: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>мероприятий: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>выполнено: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>просрочено: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Файл</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В&amp;ыход</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Справка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;О программе</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Демонстрационный профиль школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Профиль школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Профиль отдела образования</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · папка: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ориентир %1&lt;/h3&gt;&lt;p&gt;Дорожные карты школ с низкими образовательными результатами: мероприятия, ход выполнения и подтверждающие документы — для школы и отдела образования, без интернета.&lt;/p&gt;&lt;p&gt;Шрифты: PT Sans и PT Serif — ParaType Free Font License; Liberation Sans и Liberation Serif — SIL Open Font License 1.1. Тексты лицензий — в папке %2.&lt;/p&gt;&lt;p&gt;Интерфейс построен на Qt %3 (LGPL v3).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>О программе</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В профиле пока нет дорожных карт. Загрузите дорожную карту из файла Word или Excel командой «orientir roadmap import ФАЙЛ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В профиле пока нет дорожных карт. Дорожная карта отдела образования придёт в его пакете; карту своей школы можно загрузить из файла Word или Excel командой «orientir roadmap import ФАЙЛ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В папке %1 профиля нет, поэтому открыт ваш профиль из папки %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Внутренняя ошибка программы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Подробности записаны в журнал: %1. Передайте этот файл в службу поддержки.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Перезапустите программу; если ошибка повторится, обратитесь в службу поддержки.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ориентир</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Папка профиля %1 недоступна для записи. Проверьте права доступа или укажите другую папку (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>База данных профиля %1 повреждена, открыть её нельзя.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Резервных копий нет — обратитесь в службу поддержки, не удаляя папку.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Эта команда — для профиля %1, а в папке %2 профиль %3 «%4».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В папке %1 нет профиля Ориентира. Создайте его командой «orientir init department --name …» или «orientir init school --enrollment ФАЙЛ», либо укажите другую папку (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл %1 не является профилем Ориентира.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Профиль в папке %1 создан более новой версией Ориентира. Обновите программу, чтобы открыть его.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Не удалось обновить профиль для новой версии программы. Профиль не изменён; его копия: %1. Сообщите об этом в службу поддержки и приложите журнал.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В папке %1 уже есть профиль. Укажите другую папку (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Восстановите последнюю резервную копию: orientir --data-dir &quot;%1&quot; restore &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В папке %1 остались файлы прежнего профиля (%2). Создайте профиль в пустой папке (--data-dir) — или, если прежний профиль нужен, восстановите его из резервной копии.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Папка %1 не пуста (%2…). Для профиля нужна отдельная пустая папка — укажите новую (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Неизвестный статус: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мероприятие %1 выполняют школы; отдел образования отмечает только мероприятия, которые проводит сам. Отчёты школ приходят в их пакетах.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мероприятие %1 проводит отдел образования, а не школа; отмечать его не нужно.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>References</name>
    <message>
        <source>Дата %1 слишком далека от сегодняшнего дня: документ не может быть раньше 1990 года или позже, чем через год. Проверьте год.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Дата %1 не существует — проверьте день и месяц</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Впишите подтверждающий документ, например: Приказ от 09.03.2022 № 52 «О посещении семинара».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выберите вид документа, например «Приказ» или «Протокол».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Вид документа «%1» не из списка. Выберите один из видов: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Укажите номер, дату или название документа — хотя бы что-то одно, чтобы документ можно было найти.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В поле «Кем издан» впишите только орган или организацию, например «Отдела образования», — без номера, даты и названия документа.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Номер документа пишется без пробелов и содержит цифры, например «52», «03-02-28» или «165-д». Если номера нет, оставьте поле пустым.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Проверьте название документа: каждая открытая кавычка должна быть закрыта, ссылки вписывайте в отдельное поле.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Уберите дату из названия и из поля «Кем издан» — для неё есть своё поле.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Вставьте ссылку на документ, например https://clck.ru/34PaDg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В ссылке не должно быть пробелов — скопируйте адрес целиком из адресной строки браузера.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» не похоже на ссылку на сайт. Скопируйте адрес из адресной строки браузера, например https://clck.ru/34PaDg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Это адрес файла на этом компьютере, другие его не откроют. Прикрепите сам файл или вставьте ссылку на него в облаке, которая начинается с https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ссылка должна вести на страницу в интернете и начинаться с https:// или http://; адрес «%1:» не подходит.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» похоже на адрес электронной почты, а нужна ссылка на страницу сайта.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В адресе сайта «%1» нет точки — проверьте ссылку, например clck.ru/34PaDg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Резервная копия %1 сделана более новой версией Ориентира. Обновите программу.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>с другим ключом подписи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Резервная копия %1 — от другого профиля («%2»), а папка %3 принадлежит профилю «%4». Выберите копию этого профиля или другую папку (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Это сам рабочий файл профиля, а не резервная копия. Выберите копию в папке backups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>принято</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>на доработку</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Неизвестная отметка проверки: %1. Укажите «принято» или «на доработку».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Чтобы вернуть отчёт на доработку, напишите замечание: что школе доделать (--comment «…»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Школа «%1» ещё не прислала отчёт по мероприятию %2: проверять пока нечего. Отчёт придёт в пакете школы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Напишите текст ответа (--text «…»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>По мероприятию %1 школа ещё ничего не отмечала — отвечать пока не на что. Сначала отметьте выполнение: orientir progress set %1 …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapEdit</name>
    <message>
        <source>Дорожную карту «%1» утвердил отдел образования; изменить её может только отдел. Школа меняет только свою дорожную карту.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Дорожных карт несколько. Укажите, какую изменить: --roadmap ID (список: orientir roadmap show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>У школы пока нет своей дорожной карты, а муниципальную меняет только отдел образования. Свою карту школа загружает командой orientir roadmap import ФАЙЛ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Дорожной карты пока нет. Загрузите её: orientir roadmap import ФАЙЛ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Раздела %1 в дорожной карте нет. Чтобы создать его, укажите номер и название: --section &quot;%1. Название раздела&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В дорожной карте уже есть раздел %1 «%2». Укажите его номер (--section %1) или другой номер для нового раздела.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Название мероприятия не может быть пустым.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Укажите новый номер мероприятия, например 1.4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapImport</name>
    <message>
        <source>Загрузка дорожной карты отменена.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>таблица %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В файле не найдена таблица дорожной карты: нужна таблица со столбцом мероприятий и хотя бы одним из столбцов «срок», «ответственный», «результат». Проверьте, тот ли это файл, и что мероприятия записаны таблицей.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>таблица пустая</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>таблица показателей без строк</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>список людей (ФИО, должность) — похоже на состав рабочей группы, а не на мероприятия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>блок подписей или согласования</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>паспорт дорожной карты (цель, задачи, сроки) — не перечень мероприятий</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>не похожа на перечень мероприятий: не найдены столбец мероприятий и столбцы «срок», «ответственный» или «результат»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>столбец %1 без заголовка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Чтение файла отменено.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, строка %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — не обычный файл (устройство или канал). Выберите файл Word (.docx) или Excel (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл «%1» пустой (0 байт) — вероятно, он не сохранился до конца. Откройте дорожную карту в Word или Excel, сохраните её заново и загрузите снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл «%1» больше 100 МБ — для дорожной карты это слишком много. Сохраните в отдельный файл только дорожную карту (без картинок и приложений) и загрузите его.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл защищён паролем. Снимите пароль (в Word или Excel: «Файл» → «Сведения» → «Защитить документ» → «Зашифровать с использованием пароля», сотрите пароль и нажмите «ОК»), сохраните файл и загрузите снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл в старом формате Word 97–2003 (.doc). Откройте его в Word или LibreOffice, сохраните в формате .docx и загрузите снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл в старом формате Excel 97–2003 (.xls). Откройте его в Excel или LibreOffice, сохраните в формате .xlsx и загрузите снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл в старом формате Office 97–2003. Откройте его в Word или Excel, сохраните в формате .docx или .xlsx и загрузите снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл «%1» — это PDF, из него нельзя надёжно прочитать таблицу. Найдите исходный файл дорожной карты в Word или Excel (.docx или .xlsx) и загрузите его.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл «%1» в формате RTF. Откройте его в Word или LibreOffice, сохраните в формате .docx и загрузите снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл «%1» — это веб-страница (HTML), хотя может называться .doc или .xls. Откройте его в Word или Excel, сохраните в формате .docx или .xlsx и загрузите снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл «%1» в формате XML 2003 года. Откройте его в Word или Excel, сохраните в формате .docx или .xlsx и загрузите снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл «%1» — простой текст (.csv или .txt), в нём нет оформленной таблицы. Откройте его в Excel или Word, сохраните в формате .xlsx или .docx и загрузите снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл «%1» не похож на документ Word (.docx) или Excel (.xlsx). Откройте дорожную карту в Word или Excel, сохраните её в формате .docx или .xlsx и загрузите снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл «%1» повреждён или сохранён не до конца, прочитать его не удалось. Откройте его в Word или Excel; если он откроется — сохраните заново и загрузите снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл «%1» устроен не так, как документы Word и Excel, и может быть опасен (%2). Ориентир не стал его открывать. Если файл ваш, откройте его в Word или Excel, сохраните заново и загрузите снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>частей в архиве: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>описание типов документа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Части файла «%1» зашифрованы. Снимите пароль в Word или Excel, сохраните файл и загрузите снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>при распаковке часть «%1» заняла бы %2 МБ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>при распаковке файл занял бы %1 МБ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл «%1» в формате OpenDocument (.ods). Откройте его в LibreOffice или Excel, сохраните в формате .xlsx и загрузите снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл «%1» в формате OpenDocument (.odt). Откройте его в LibreOffice или Word, сохраните в формате .docx и загрузите снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл «%1» слишком большой для дорожной карты: без сжатия его текст занимает %2 МБ. Оставьте в файле только дорожную карту (без других таблиц и приложений) и загрузите снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл «%1» — двоичная книга Excel (.xlsb). Откройте его в Excel, сохраните в формате .xlsx и загрузите снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В таблицах файла «%1» больше %2 строк — для дорожной карты это слишком много. Оставьте в файле только дорожную карту и загрузите снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>На листе «%1» файла «%2» больше %3 строк — дорожная карта столько не занимает, похоже, это другая таблица. Оставьте в файле только лист с дорожной картой и загрузите снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В файле «%1» больше %2 ячеек таблиц — для дорожной карты это слишком много. Оставьте в файле только дорожную карту и загрузите снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>в части «%1» объявлены сущности XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>лист «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ИСТИНА</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ЛОЖЬ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>список школ (организаций), а не перечень мероприятий</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapModel</name>
    <message>
        <source>№</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мероприятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Срок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ответственные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Статус</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Фактический результат</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Документы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Номер мероприятия в дорожной карте</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Наименование мероприятия, как в документе</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Срок, как он записан в документе; наведите указатель, чтобы увидеть понятые даты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ответственные исполнители</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ход выполнения, отмеченный в этом профиле</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Что сделано на самом деле</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сколько подтверждающих документов, ссылок и файлов приложено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В документе: «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>срок не указан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Понятые даты: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Повторяется: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Даты из этого срока прочитать не удалось — он показан так, как записан.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Точных дат в сроке нет, поэтому просроченным мероприятие не считается.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мероприятий в разделе: %1; выполнено: %2; просрочено: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, просрочено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Проводит отдел образования</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выполняют школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Это мероприятие выполняет не ваша организация, поэтому отмечать его здесь не нужно.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roadmaps</name>
    <message>
        <source>У дорожной карты должно быть название.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Начало периода дорожной карты позже его конца.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>У мероприятия должны быть номер и название.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В дорожной карте уже есть мероприятие с номером %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Дорожная карта %1 не найдена. Список карт: orientir roadmap show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мероприятия с номером %1 нет в дорожной карте. Номера мероприятий: orientir roadmap show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мероприятие с номером %1 есть в нескольких дорожных картах. Укажите карту: --roadmap ID (список: orientir roadmap show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Укажите номер мероприятия, например 1.1 (номера: orientir roadmap show).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolStatus</name>
    <message>
        <source>ШНОР</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>группа риска</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>признаки необъективности</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>неблагоприятные социальные условия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>другое</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schools</name>
    <message>
        <source>Укажите название: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Название слишком длинное (больше 500 знаков): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отдел образования</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>школа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл %1 уже существует. Укажите другое имя файла подключения.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Школа «%1» уже зарегистрирована. Если её файл подключения потерян, создайте новый: orientir school reissue --name &quot;%1&quot; --out ФАЙЛ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Школа «%1» не найдена. Список школ: orientir school list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Школа «%1» зарегистрирована, но файл подключения записать не удалось: %2 Запишите его в другое место: orientir school reissue --name &quot;%1&quot; --out ФАЙЛ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Укажите имя файла подключения, например «Тартасская СОШ.orientir-enroll».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — это папка. Укажите имя файла подключения в ней.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Папка %1 не существует. Укажите существующую папку для файла подключения.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Новый файл подключения записать не удалось: %1 Прежний файл школы «%2» по-прежнему действует.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Под «%1» подходят несколько школ: %2. Укажите название точнее.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>не начато</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>в работе</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>выполнено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>не выполнено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отменено</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
