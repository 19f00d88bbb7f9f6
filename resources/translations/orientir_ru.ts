<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="ru_RU">
<context>
    <name></name>
    <message>
        <source>EvidenceBox</source>
        <comment>Файл: откройте двойным щелчком или клавишей Enter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EvidenceBox</source>
        <comment>Ссылка: откроется в браузере</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EvidenceBox</source>
        <comment>Документ</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выполнено %1 из %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В работе: %1; не начато: %2; не выполнено: %3; просрочено: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Последний пакет получен %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакетов от школы ещё не было</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В текущем мониторинге не отчиталась</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Щёлкните, чтобы открыть отчёт школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>просрочено: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>не отчиталась</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoadmapModel</source>
        <comment>Срок не понят: уточните его.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoadmapModel</source>
        <comment>В документе: «%1»</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoadmapModel</source>
        <comment>срок не указан</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoadmapModel</source>
        <comment>Понятые даты: %1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoadmapModel</source>
        <comment>Повторяется: %1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoadmapModel</source>
        <comment>Даты из этого срока прочитать не удалось — он показан так, как записан.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoadmapModel</source>
        <comment>Точных дат в сроке нет, поэтому просроченным мероприятие не считается.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Изменить мероприятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Новое мероприятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>например: 2. Работа с педагогами (новый раздел — с номером)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>например: сентябрь–декабрь 2025, ежеквартально, весь период</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Номер:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Раздел:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Мероприятие:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Срок:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ответственные:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ожидаемый &amp;результат:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отдел образования</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>и отдел, и школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Выполняют:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Сохранить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Укажите номер и название мероприятия.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Выберите мероприятие в списке слева: здесь появятся его срок, ход выполнения, документы и замечания отдела.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>История изменений</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;История изменений</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Изменить…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Срок:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ответственные:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ожидаемый результат:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Стат&amp;ус:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Что сделано: сколько, когда, с кем; сохраняется само</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Фактический &amp;результат:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отменить изменения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Вернуть текст, каким он был, когда вы открыли мероприятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Подтверждающие документы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Замечания отдела и ответы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ответ куратору: что исправлено или когда будет сделано</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отв&amp;етить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ответ отделу:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Это мероприятие выполняет не ваша организация, поэтому отмечать его здесь не нужно.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>не указан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>понятые даты: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Срок не понят: уточните его.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Принято отделом %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отдел вернул на доработку %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>После проверки отчёт изменён — отдел увидит это в следующем пакете.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Статус сохранён в %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сохранено %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ответ сохранён; он уйдёт в отдел со следующим пакетом</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddSchoolDialog</name>
    <message>
        <source>Подключить школу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Школа появится в списке, а программа запишет для неё файл подключения. Отправьте его школе: с ним школа создаст свой профиль и будет присылать отчёты.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>МБОУ «Тартасская СОШ»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Полное название:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Тартасская СОШ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Краткое название:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Статус:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Электронная почта:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>К&amp;уратор:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Далее…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Укажите полное название школы, как в её уставе.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Школа</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>ColumnMappingDialog</name>
    <message>
        <source>Какой столбец что означает</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Под каждым номером столбца выберите, что в нём записано. Обязателен столбец «мероприятие».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Таблица:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (строк: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Строк &amp;заголовка:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Применить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Столбец %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— не загружать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Укажите, в каком столбце записаны мероприятия.</source>
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
    <message>
        <source>Демонстрационный профиль отдела образования создан в папке %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>профиль отдела образования с шестью школами и двумя мониторингами</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отчёты: аналитическая справка и форма мониторинга</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ОТЧЁТ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>аналитическая справка о реализации дорожной карты (PDF или DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ФОРМАТ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf или docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>справка по одной школе (для отдела образования)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ДОЛЖНОСТЬ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>должность подписывающего, например «Начальник отдела образования» (запоминается)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>инициалы и фамилия подписывающего, например «И.О. Фамилия» (запоминается)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>исполнитель: ФИО, должность, телефон (запоминается)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>форма мониторинга: школы × мероприятия (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>куда сохранить отчёт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ДАТА</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>по состоянию на дату (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ); без неё — на сегодня</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Дата «%1» не распознана. Укажите её как 2024-05-31 или 31.05.2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Справка сохранена: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Форма мониторинга сохранена: %1 (%2).</source>
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
    <name>Department</name>
    <message>
        <source>пакет отложен: не совпадает с полученными ранее</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>пакет ждёт более раннего</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Документ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>например, 52 или 01-03/922</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>не указана</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>например, О проведении педагогического совета</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Вид:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Номер:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Дата:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>На&amp;звание:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Достаточно заполнить вид и хотя бы номер, дату или название.</source>
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
    <name>EnrollmentDoneDialog</name>
    <message>
        <source>Файл подключения готов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл подключения школы «%1» сохранён:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Прикрепите этот файл к письму и отправьте его школе.
2. Школа откроет файл в программе Ориентир («Я — школа») и увидит отпечаток ключа отдела образования.
3. Позвоните в школу и прочитайте отпечаток вслух — он должен совпасть с тем, что видит школа:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Если отпечатки не совпадают, файл подменили по дороге: выдайте файл заново и передайте его другим способом.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Показать в &amp;папке</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>Окно программы не открывается: в системе нет библиотеки %1. Установите пакет, в котором она есть, и запустите программу снова (список пакетов — в docs/system-packages.md). Команды orientir работают и без неё.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Окно программы не открывается: в системе нет библиотеки %1. Установите её и запустите программу снова:
    Astra Linux, Debian:  sudo apt-get install %2
    Альт:                 su -c &apos;apt-get install %3&apos;
    РЕД ОС:               sudo dnf install %4
Команды orientir работают и без неё.</source>
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
    <name>EvidenceBox</name>
    <message>
        <source>Подтверждающие документы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Перетащите сюда файлы из папки, чтобы приложить их к отчёту</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Фа&amp;йл…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Приложить скан, фото или документ с этого компьютера</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сс&amp;ылка…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Добавить ссылку на страницу сайта или файл в облаке</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Документ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Указать приказ, протокол или другой документ: вид, номер, дату</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Откры&amp;ть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>У&amp;брать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Убрать выбранное из отчёта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Приложить файлы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Все файлы (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Приложено файлов: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (уже были приложены: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Прикладываю файлы…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Добавлено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Это уже есть в списке</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Убрать из отчёта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Убрать «%1» из отчёта? Отдел образования увидит это в следующем пакете.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Убрано из отчёта</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceEdit</name>
    <message>
        <source>Мероприятие %1 отмечает не ваша организация, убирать из него нечего.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В отчёте по мероприятию %1 такого документа уже нет — обновите окно (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файла нет в папке профиля — возможно, он ещё не пришёл в пакете. Попросите прислать пакет ещё раз или приложите файл заново.</source>
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
    <message>
        <source>пакет начинается с изменений, которых здесь ещё нет (похоже, база отдела восстанавливалась из резервной копии). Он отложен и будет применён сам, когда придут недостающие изменения. Попросите школу выгрузить полный пакет: «Обмен с отделом» → «Выгрузить полный пакет…» (или orientir export --full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>пакет начинается с изменений, которых здесь ещё нет (похоже, база школы восстанавливалась из резервной копии). Он отложен и будет применён сам, когда придут недостающие изменения. Попросите отдел образования выгрузить полный пакет для вашей школы: Файл → «Выгрузить полный пакет для школы…» (или orientir export --full --school ШКОЛА)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>%1 — пакет для отдела от %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Изменения для %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Изменения для школ — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выгружаю пакет…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Загрузить пакет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакеты Ориентира (*.orientir);;Все файлы (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Загружаю пакеты…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — полный пакет для отдела от %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Полный пакет для %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Полный пакет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Полный пакет содержит все данные школы с самого начала, а не только новое. Он нужен, когда отдел образования попросил о нём после восстановления своих данных из резервной копии. Выгрузить полный пакет?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeModel</name>
    <message>
        <source>Когда</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Кому / от кого</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>№</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Записей</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отправлен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>получен, принят</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>получен, ждёт более раннего</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>получен, отложен</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Обмен с отделом образования</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Выгрузить пакет для отдела</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Записать всё новое в файл, чтобы отправить его в отдел по почте (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Загрузить пакет от отдела…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Открыть файл пакета, присланный отделом (Ctrl+I); можно и перетащить его сюда</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Другая &amp;папка…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл пакета от отдела можно перетащить на эту страницу из папки или из письма.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;История обмена:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакетов пока не было. Выгрузите первый пакет, когда отметите ход выполнения.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакеты сохраняются в папку: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Папка для пакетов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выгрузить п&amp;олный пакет…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Все данные школы с самого начала — когда отдел образования попросил о нём после восстановления своих данных</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отпечатки сверяют с отделом образования по телефону: цифры должны совпасть с тем, что видит отдел.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ключ школы:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ключ отдела образования:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeStatus</name>
    <message>
        <source>Отдел образования подтвердил получение ваших данных %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отдел образования ещё не подтвердил получение ваших пакетов.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Вы ещё не отправляли пакет в отдел образования.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Не отправлено изменений: %1 — выгрузите пакет и отправьте его в отдел.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Все изменения выгружены; отдел пока не подтвердил изменений: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Все изменения отправлены.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отдел подтвердил: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отдел ещё не подтверждал</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>не отправлено: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>всё отправлено</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDoneDialog</name>
    <message>
        <source>Пакет выгружен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакет сохранён в файл:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакет большой, поэтому сохранён в %1 файлах — отправьте их все:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Новых данных нет: в пакете только подтверждение полученного.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В пакете записей: %1, файлов: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Прикрепите этот файл к письму и отправьте его в отдел образования.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Прикрепите этот файл к письму и отправьте его школам.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Адрес: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Показать в &amp;папке</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отправить по &amp;почте</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отчёт школы «%1» по дорожной карте</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Изменения дорожной карты от отдела образования</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл пакета Ориентира во вложении. Загрузите его в программе Ориентир.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Почтовую программу открыть не удалось. Создайте письмо сами и прикрепите файл из папки %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Полный пакет, все данные с самого начала: записей %1, файлов %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Ориентир — начало работы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Другая п&amp;апка…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Добро пожаловать в «Ориентир»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Программа ведёт дорожные карты школ и отчёты по ним — без интернета. Кто вы?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Я — &amp;школа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Откройте файл подключения, который прислал отдел образования.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Я — &amp;отдел образования</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Укажите название отдела и загрузите дорожную карту из файла Word или Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Посмотреть &amp;демонстрацию</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Вымышленная школа с заполненной дорожной картой: можно спокойно осмотреться.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Назад</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Профиль школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отдел образования присылает школе файл подключения (он оканчивается на .orientir-enroll). Сохраните его из письма и откройте здесь.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Открыть файл подключения…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Создать профиль школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Профиль отдела образования</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Название отдела (как в документах):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Например: Управление образования администрации Уярского района</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Затем загрузите муниципальную дорожную карту: программа покажет, что нашла в файле, до загрузки.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Далее</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Дорожная карта района</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Загрузить &amp;позже</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Профиль будет храниться в папке: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Папка для профиля</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл подключения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файлы подключения (*.orientir-enroll);;Все файлы (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В папке %1 уже есть профиль. Выберите другую папку («Другая папка…»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Создаю профиль школы…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Создаю профиль отдела…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отпечаток ключа отдела образования:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Проверьте, что это ваша школа, и сравните отпечаток с тем, что отдел образования прочитает вам по телефону. Если цифры не совпадают, не создавайте профиль: попросите отдел выдать файл подключения заново.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Профиль отдела уже создан; дорожную карту можно загрузить потом: страница «Дорожная карта», кнопка «Загрузить дорожную карту из файла…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Школа: %1
Отдел образования: %2</source>
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
    <name>FullExportDialog</name>
    <message>
        <source>Полный пакет для школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Полный пакет содержит все данные отдела для школы с самого начала, а не только новое. Он нужен, когда школа попросила о нём после восстановления своих данных из резервной копии.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Школа:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Школ пока нет: сначала подключите школу на странице «Школы».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Выгрузить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>отдел образования</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>мероприятие внесено в дорожную карту</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>мероприятие удалено из дорожной карты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>номер: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>название: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>срок: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ответственные: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ожидаемый результат: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>перенесено в другой раздел</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>изменено, кто выполняет мероприятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>статус: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>фактический результат: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>фактический результат стёрт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>примечание: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>приложен файл %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>добавлена ссылка %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>добавлен документ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>убран файл %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>убрана ссылка %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>убран документ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отметка отдела снята</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отдел проверил ещё раз: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отдел: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>замечание отдела: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ответ школы: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Загрузка пакетов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Принято пакетов: %1 из %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>принят</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>уже загружен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ждёт более раннего пакета</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отложен: нужно ваше решение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отклонён</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отложен: не совпадает с полученными</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>От кого</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Итог</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пояснение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Получен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Перетащите сюда файлы пакетов&lt;/b&gt; (.orientir) из письма или из папки — можно много сразу или целую папку. Программа проверит подпись каждого пакета и загрузит отчёты школ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выбрать &amp;файлы…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выбрать файлы пакетов (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выбрать &amp;папку…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Загруженные здесь файлы появятся в таблице ниже, с итогом по каждому.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Итог загрузки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>№%1 от %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Журнал загрузок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Папка с пакетами</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В выбранной папке нет файлов пакетов (.orientir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Загружаю пакеты: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Загрузка не выполнена.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файлов: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>принято: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>уже были загружены: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ждут более раннего пакета: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ждут вашего решения: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отклонено: %1 — причины в таблице</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Эти пакеты не продолжают пакеты, уже полученные от школы:
%1

Так бывает, когда в школе компьютер сломался и данные восстановили из резервной копии. Пакеты пока отложены, ничего не изменилось.

Если вы созвонились со школой и она подтвердила, что восстанавливала данные, пакеты можно принять: более новые данные, уже полученные от школы, не пропадут. Принять их сейчас?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакет из восстановленной копии</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>Цель на %1 год: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Значений пока нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сейчас — среднее по школам, приславшим значение (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сейчас — значение, внесённое отделом образования</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>«%1» — не число. Введите значение числом, например 16,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Этого показателя или мониторинга больше нет. Обновите страницу (F5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Показатель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ед.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Базовое</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Цель %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Факт:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Введите фактическое значение за «%1» (двойной щелчок или F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Фактор риска</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Уровень</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Примечание</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Уровень установил отдел образования.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Показатели дорожной карты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Фактические значения за мониторинг вводятся в жёлтых ячейках: двойной щелчок или F2, затем Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В дорожных картах пока нет показателей: их задаёт отдел образования.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Рисковый профиль школы</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyCheckDialog</name>
    <message>
        <source>Ключ школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Школа «%1» ещё не прислала ни одного пакета, поэтому её ключ пока неизвестен. Первый пакет программа проверит по секрету из файла подключения и запомнит ключ школы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отпечаток ключа школы «%1». Позвоните в школу и попросите прочитать отпечаток её ключа из программы Ориентир (страница «Обмен с отделом»). Он должен совпасть с этим:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Если отпечатки не совпадают, пакеты приходят не от этой школы: не загружайте их и выдайте школе файл подключения заново.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Закрыть</source>
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
    <name>LinkDialog</name>
    <message>
        <source>Ссылка на документ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Адрес страницы или файла в облаке:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>№%1 от %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, часть %1 из %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (новых %1, изменено %2)</source>
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
        <source>В папке %1 профиля нет, поэтому открыт демонстрационный.</source>
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
        <source>В папке %1 профиля нет, поэтому открыт ваш профиль из папки %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Дорожная карта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Показатели и риски</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Обмен с отделом</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Обзор</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Входящие пакеты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Матрица выполнения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отчёты школ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Разделы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Демонстрационный профиль отдела образования:&lt;/b&gt; данные вымышленные, школы и отдел не существуют. Здесь можно спокойно осмотреться. Чтобы работать со своими школами, создайте профиль отдела: «Файл → Новый профиль…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Демонстрационный профиль:&lt;/b&gt; данные вымышленные, школа и отдел образования не существуют. Здесь можно спокойно осмотреться. Чтобы вести дорожную карту своей школы, получите в отделе образования файл подключения и создайте по нему профиль школы: «Файл → Новый профиль…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Правка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Найти…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Вид</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Обновить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Размер &amp;шрифта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Отчёты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Демонстрационный профиль</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Мероприятие не для этой школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, просрочено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; возвращено на доработку</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Щёлкните или нажмите Enter, чтобы открыть отчёт школы</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>Школа…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Поиск школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Школа:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Раздел:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Все статусы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>На доработке</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>С&amp;татус:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Только &amp;просроченные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Матрица выполнения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>просрочено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Все разделы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Школ: %1 из %2 · мероприятий: %3 из %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Школ пока нет. Здесь будет видно, как каждая школа выполняет каждое мероприятие дорожной карты, когда вы подключите школы и они пришлют пакеты.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Подключить &amp;школу…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В дорожной карте нет мероприятий, которые выполняют школы: загрузите дорожную карту или добавьте в неё мероприятия для школ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Открыть &amp;дорожную карту</source>
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
    <message>
        <source>Не удалось открыть папку: в системе не настроен файловый менеджер. Папка: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Не нашлось программы, которая открывает такие файлы. Файл лежит здесь: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Показатель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Было</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Цель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сейчас</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>К цели</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>школ в списке</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отчитались в этом мониторинге</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>просроченных мероприятий у школ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>выполнено в среднем по школам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выполнение по школам — сначала отстающие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выполнение по школам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Не отчитались в этом мониторинге</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Показатели дорожной карты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В дорожной карте нет показателей.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>выполнено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>в работе</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>просрочено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>не отчиталась в этом мониторинге</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 из %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Текущий мониторинг: &lt;b&gt;%1&lt;/b&gt; — с %2, сдать до &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Текущий мониторинг: &lt;b&gt;%1&lt;/b&gt; — сдать до &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(срок прошёл)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Текущего мониторинга нет. Следующий — &lt;b&gt;%1&lt;/b&gt;: с %2, сдать до %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мониторинги не назначены: отметка «не отчиталась» появится, когда в дорожной карте будет мониторинг с датой начала.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Текущего мониторинга нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Все школы прислали пакеты в этом мониторинге.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>последний пакет %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>пакетов не было</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Школ пока нет. Подключите первую школу: программа запишет файл подключения, который нужно отправить школе. Когда школы начнут присылать пакеты, здесь будет видно, как они выполняют дорожную карту.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Подключить &amp;школу…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Школы ещё не присылали пакетов: выполнение появится, когда вы загрузите их пакеты на странице «Входящие пакеты».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Пароль ключа подписи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ключ подписи этого профиля защищён паролем. Введите пароль, чтобы подписать файл.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Пароль:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Подписать</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>Переносной режим есть только у установленной программы, не при запуске из исходного кода.</source>
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
    <name>Reports</name>
    <message>
        <source>Составление отчёта отменено; файл не записан.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Дата %1 ещё не наступила. Укажите сегодняшнюю или прошедшую дату.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>На %1 профиля ещё не было: сведения в нём начинаются с %2. Укажите дату не раньше.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В профиле школы можно составить справку только о ней самой (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>На %1 школы %2 ещё не было в списке школ отдела образования.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Она приходит в пакете отдела образования: импортируйте его (orientir import ФАЙЛ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Загрузите её из документа: orientir roadmap import ФАЙЛ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>На %1 в профиле нет дорожной карты отдела образования — отчёт составлять не по чему.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Неизвестный вид отчёта «%1»: укажите spravka или monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отчёт %1 составляется в формате %2, а не %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Укажите имя файла отчёта, например «Справка.%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — это папка. Укажите имя файла отчёта в ней.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл %1 должен иметь расширение .%2, как выбранный формат.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Папка %1 не существует. Укажите существующую папку для отчёта.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл %1 открыт в другой программе (Word, Excel) или защищён от записи. Закройте его и повторите, или сохраните отчёт под другим именем.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Аналитическая справка о результатах реализации мероприятий дорожной карты «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>в %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Дорожная карта утверждена приказом</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>от %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>№ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (далее – Дорожная карта).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сведения приведены по состоянию на %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Информация о выполнении мероприятий Дорожной карты получена от общеобразовательных организаций в электронном виде: пакеты с отчётами, подписанные электронной подписью школы, загружены в программу «Ориентир», подлинность и целостность каждого пакета проверены. Далее проводилась систематизация полученной информации и анализ данных.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мониторинг: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Общеобразовательные организации к мониторингу пока не подключены.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Справка составлена по общеобразовательной организации %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В мониторинге приняли участие общеобразовательные организации (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Процедура мониторинга.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Результаты мониторинга.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>№ п/п</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Наименование мероприятия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ожидаемый результат</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Фактический результат</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мероприятия вне разделов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, просрочено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Фактический результат не указан.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Сводные данные о выполнении мероприятий.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Организация</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Всего</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выполнено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В работе</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Не начато</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Не выполнено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отменено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Просрочено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Доля выполненных, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Итого по школам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Показатели реализации Дорожной карты.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Показатель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Единица измерения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Базовое значение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>План на %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Фактическое значение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Что изменилось с прошлого мониторинга.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Это первый мониторинг: сравнивать не с чем.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>С мониторинга по состоянию на %1 изменений нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>По сравнению с мониторингом по состоянию на %1 изменилось выполнение мероприятий (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>сведений не было</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>фактический результат изменён</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>добавлено подтверждений: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выполнение мероприятий по школам, доля от числа мероприятий (без отменённых)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(школы %1–%2 из %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>просрочено: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>нет мероприятий</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Показатель «%1»: план и факт по годам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>План</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Факт (среднее по организациям: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Факт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Базовое значение: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Нет ни плановых, ни фактических значений по годам.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Документы:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>файл «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(продолжение)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сводка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Статусы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Раздел</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>№ мероприятия</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Статус</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Документы и ссылки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Результаты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мониторинг</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Показатели</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мониторинг реализации мероприятий дорожной карты «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>по состоянию на %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, возвращено на доработку</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (далее – %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Показатели в Дорожной карте не заданы. Они загружаются в программу вместе с дорожной картой из таблицы показателей в её файле (наименование показателя, базовое значение, значения по годам).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Полное наименование</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Значение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Единица измерения: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Базовое значение: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 год — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>План: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Фактические значения показателя пока не представлены.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Аналитическая справка (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Аналитическая справка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Документ PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Аналитическая справка (Word)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Документ Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Форма мониторинга (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Форма мониторинга</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Книга Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Все школы района</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Школа:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отчёт показывает состояние на конце этого дня; отчёт за прошлую дату повторяет тогдашний слово в слово.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>По состоянию &amp;на:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Начальник отдела образования</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>И.О. Фамилия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Фамилия И.О., должность, телефон</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Должность подписывающего:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Подписывает:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Исполнитель:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Обзор…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Сохранить в:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл можно будет сразу открыть или отправить; программа ничего не отправляет сама.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Со&amp;ставить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сохранить отчёт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Составляю отчёт…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отчёт готов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отчёт сохранён:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Открыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Показать в &amp;папке</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Закрыть</source>
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
    <message>
        <source>сделана вручную</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>перед загрузкой данных</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>перед обновлением программы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>перед прошлым восстановлением</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>повреждённая база, отложена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Когда</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Почему</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Размер</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 КБ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Восстановить из резервной копии</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выберите копию. Всё, что сделано после неё, пропадёт из профиля (перед восстановлением программа сохранит копию нынешнего состояния). Пакеты, уже отправленные отделу, останутся действительными.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Резервных копий пока нет. Их делает «Файл → Сделать резервную копию» и каждая загрузка данных.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Восстановить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Восстановить профиль?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Вернуть профиль к состоянию на %1? Изменения, сделанные позже, пропадут.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Восстанавливаю профиль…</source>
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
    <name>ReviewPanel</name>
    <message>
        <source>Фактический результат</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Подтверждающие документы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Школа не приложила документов.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Замечания и ответы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Проверка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Замечание для школы (обязательно для «На доработку»):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Принято</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>На &amp;доработку</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выберите мероприятие слева, чтобы увидеть отчёт школы и проверить его.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>срок не указан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Срок: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Это мероприятие школа не выполняет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>просрочено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Статус: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отчёт изменён %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(не заполнено)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Школа ещё не присылала отчёт по этому мероприятию — проверять пока нечего.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ещё не проверено.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Принято %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Возвращено на доработку %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>После проверки школа изменила отчёт — посмотрите его ещё раз.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отметка сохранена. Школа увидит её, когда получит следующий пакет отдела («Разослать изменения»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Эта отметка уже стоит, нового ничего нет.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>низкий</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>средний</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>высокий</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Уровень риска «%1» неизвестен: выберите нет, низкий, средний или высокий.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Фактора риска «%1» нет в справочнике.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Уровень по фактору «%1» установил отдел образования; изменить его может только отдел.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapDialog</name>
    <message>
        <source>Своя дорожная карта школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Дорожная карта %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ДД.ММ.ГГГГ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Название:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Начало периода:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Конец периода:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Создать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>начало периода</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>конец периода</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Укажите обе даты периода или ни одной.</source>
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
    <name>RoadmapEditActions</name>
    <message>
        <source>Создать свою карту…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Своя карта из файла…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Добавить мероприятие…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Изменить…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Удалить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выше</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ниже</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мониторинги…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Разослать изменения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Эту дорожную карту утвердил отдел образования; изменить её может только отдел.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Удалить мероприятие?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Убрать мероприятие %1 «%2» из дорожной карты? Отчёты по нему сохранятся.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Загрузить дорожную карту из файла…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapEditor</name>
    <message>
        <source>срок не указан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>не понято: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>понято как: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Дата «%1» (%2) не понята: введите её как ДД.ММ.ГГГГ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мониторинг</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Начало</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Срок сдачи</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapFileDialog</name>
    <message>
        <source>Своя дорожная карта из файла</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Дорожная карта из файла</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>У вас уже есть дорожная карта %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>У вас уже есть дорожные карты: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Если в файле она же (то же название или то же имя файла), она будет обновлена: отметки о выполнении и документы совпавших мероприятий сохранятся, новые добавятся, а те, которых в файле нет, будут убраны из карты. Другая дорожная карта добавится к имеющимся.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Это другая дорожная карта: она добавится к имеющимся, они не изменятся.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Это та же дорожная карта: загрузка обновит её — что изменится, сказано в просмотре ниже.</source>
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
    <message>
        <source>Укажите, в каком столбце записаны мероприятия.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapImportPanel</name>
    <message>
        <source>&amp;Выбрать файл дорожной карты (Word или Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Период (если в документе его нет): с</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ДД.ММ.ГГГГ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Конец периода</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>по</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Здесь появится то, что программа нашла в файле, — до загрузки.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Столбцы распознаны &amp;неверно…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Загрузить дорожную карту</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Период не понят: введите обе даты как ДД.ММ.ГГГГ, например 01.09.2025 и 31.08.2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Начало периода позже его конца.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл дорожной карты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word и Excel (*.docx *.xlsx);;Все файлы (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Читаю файл…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Если таблица в файле есть, нажмите «Столбцы распознаны неверно…» и укажите столбцы сами.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В файле нет ни одной таблицы с текстом.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Загружаю дорожную карту…</source>
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
    <name>RoadmapPage</name>
    <message>
        <source>Правка дорожной карты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Дорожная карт&amp;а:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Найти (Ctrl+F): номер, слово…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ищет в номере, названии, ответственных и фактическом результате</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Поиск по дорожной карте</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Статус</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Любой статус</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Просрочен&amp;ные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Скоро сро&amp;к</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Срок истекает в ближайшие %1 дней</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Мои</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Только мероприятия, которые проводит отдел образования</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Только мероприятия, которые выполняет школа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Раздел</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мероприятия дорожной карты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Своя: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Все разделы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>показано %1 из %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>выполнено: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>скоро срок: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>просрочено: %1</source>
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
        <source>Период: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Загрузить дорожную карту из файла…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В профиле пока нет дорожной карты. Загрузите муниципальную дорожную карту из файла Word или Excel: программа покажет, что нашла в файле, до загрузки.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В профиле пока нет дорожных карт. Дорожная карта отдела образования придёт в его пакете; карту своей школы можно создать или загрузить из файла Word или Excel кнопками «Создать свою карту…» и «Своя карта из файла…» выше.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapPreview</name>
    <message>
        <source>Период: %1–%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Период в документе не найден: укажите его ниже, иначе сроки «весь период», «в течение года» не будут поняты.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Найдено: разделов — %1, мероприятий — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Такая дорожная карта уже есть: новых — %1, изменится — %2, без изменений — %3, будет убрано — %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Показателей: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Столбцы:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мероприятий без номера: %1. Если это строки заголовка, укажите столбцы вручную.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>и ещё %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сроки, которые не поняты (их можно исправить потом):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пропущенные таблицы:</source>
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
    <name>Rounds</name>
    <message>
        <source>Укажите название мониторинга, например «Мониторинг за I полугодие».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Название мониторинга слишком длинное (больше 300 знаков).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Укажите срок сдачи мониторинга.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Начало мониторинга позже срока сдачи. Проверьте даты.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Такого мониторинга нет: его уже удалили. Обновите список (F5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundsDialog</name>
    <message>
        <source>Мониторинги</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>например: Мониторинг за I полугодие 2025–2026 уч. года</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ДД.ММ.ГГГГ, можно не указывать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ДД.ММ.ГГГГ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Название:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Начало:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Срок сдачи:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Добавить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Со&amp;хранить изменения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Удалить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>срок сдачи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>начало</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolReviewPage</name>
    <message>
        <source>Школа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Школа:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>выполнено %1 из %2 · просрочено %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Школ пока нет. Здесь вы будете читать отчёты школ по мероприятиям дорожной карты и отмечать их «Принято» или «На доработку».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Подключить &amp;школу…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В профиле пока нет дорожной карты: школам не о чем отчитываться. Загрузите её на странице «Дорожная карта».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Открыть &amp;дорожную карту</source>
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
    <name>SchoolsModel</name>
    <message>
        <source>Куратор: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Почта: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ключ школы станет известен с её первым пакетом: подпись проверит файл подключения.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выполнено %1 из %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ждёт первого пакета</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>не было</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отчиталась</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>не отчиталась</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolsPage</name>
    <message>
        <source>Школа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Статус</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ключ школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Последний пакет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выполнено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Просрочено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Мониторинг</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Обмен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Полное название школы; куратор — во всплывающей подсказке</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Почему школа в списке: ШНОР, группа риска и т. п.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отпечаток ключа подписи школы; появляется с её первым пакетом</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Когда загружен последний принятый пакет школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Доля выполненных мероприятий (отменённые не считаются)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сколько мероприятий школы просрочено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Прислала ли школа пакет в текущем мониторинге</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пакеты школы, которые отложены и требуют внимания</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Подключить школу…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выдать файл подключения &amp;заново…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Если школа потеряла файл подключения: новый файл заменит прежний</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сверить &amp;ключ школы…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Открыть отчёт школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Найти школу…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Поиск школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Куда сохранить файл подключения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файлы подключения Ориентира (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Записываю файл подключения…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Школ пока нет. Подключите первую школу: программа запишет файл подключения, который нужно отправить школе по почте. С ним школа создаст свой профиль и начнёт присылать отчёты.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Настройки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Размер шрифта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Папка профиля</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выбрать &amp;другую папку…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Новая папка будет открыта при следующем запуске программы. Если в ней нет профиля, программа предложит создать его.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Переносной режим: хранить профиль в папке data рядом с программой (например, на флешке)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Переносной режим доступен в установленной программе; сейчас она запущена из исходного кода.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Сохранить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сейчас: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupMenu</name>
    <message>
        <source>&amp;Выгрузить пакет…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Загрузить пакеты…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сделать &amp;резервную копию</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Восстановить из резервной копии…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Новый профиль…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Настройки…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В демонстрационном профиле пакеты не выгружаются.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Резервная копия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Резервная копия сделана %1 и проверена:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Делаю резервную копию…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выгрузить полный пакет для &amp;школы…</source>
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
<context>
    <name>dialog</name>
    <message>
        <source>&amp;Добавить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ориентир</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Останавливаю…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
