// What else a WhatsApp body can be besides text, in Russian, Belarusian, Ukrainian and English
// (issue 9, item 2): a shared location, a contact card, and the app's own notices (encryption,
// security-code and number changes, group changes). A notice is the only body with a real
// sender's name that is not a message; everything else from a person is kept. Runs on
// normalise()d text, like whatsappText.ts.

/** "Location:" followed by a maps link (iOS), "location:" (Android), a live location. */
const LOCATION = /^(?:(?:live )?location|Местоположение|Геопозиция|Геолокация|Месцазнаходжанне|Геалакацыя|Місцезнаходження|Геолокація|Розташування)\s*:|^(?:Live location shared|Трансляция геоданных|Геоданные транслируются|Трансляцыя геаданых|Трансляція геоданих)\b/iu;

/** iOS "Contact card omitted" and its translations; a "with media" export attaches a .vcf. */
const CONTACT = /^(?:Contact card omitted|Карточка контакта (?:отсутствует|опущена|пропущена)|Контакт (?:отсутствует|опущен)|Картка кантакту (?:адсутнічае|прапушчана)|Картка контакту (?:відсутня|пропущена))$|\.vcf\b/iu;

/** iOS "without media" in Russian, Belarusian and Ukrainian: "изображение отсутствует", "аудиофайл отсутствует". */
const MEDIA_SLAVIC = /(?:^|\s)(?:изображение|фото|видео|аудио|аудиофайл|стикер|GIF|документ|файл|выява|фота|відэа|аўдыя|аўдыяфайл|стыкер|дакумент|зображення|відео|аудіо|аудіофайл|стікер)\s+(?:отсутствует|отсутствуют|опущен[оаы]?|пропущен[оаы]?|не включен[оаы]?|адсутнічае|адсутнічаюць|прапушчан[аы]?|відсутн(?:є|ій|я|і)|пропущен[оаі]?)$|^<(?:Без медыяфайлаў|Медыя адсутнічаюць|Без медіафайлів|Медіа пропущено|Медіафайли відсутні)>$/iu;

const DELETED_SLAVIC = /^(?:Гэта паведамленне выдалена|Вы выдалілі гэта паведамленне|Паведамленне выдалена|Це повідомлення видалено|Ви видалили це повідомлення|Повідомлення видалено|Сообщение удалено)\.?$/iu;

/** The app's own notices, which iOS writes with the chat's name as the author. */
const NOTICES: readonly { reason: string; pattern: RegExp }[] = [
  { reason: 'encryption notice', pattern: /end-to-end encrypt|сквозным шифрованием|скразным шыфраваннем|наскрізним шифруванням|cifrado de extremo a extremo|cifrados de extremo a extremo|Ende-zu-Ende-verschlüsselt|chiffrés de bout en bout/iu },
  { reason: 'security code change', pattern: /security code (?:with .{1,100} )?changed|код безопасности .{0,100}изменился|изменился код безопасности|код бяспекі .{0,100}змяніўся|змяніўся код бяспекі|код безпеки .{0,100}змінився|змінився код безпеки/iu },
  { reason: 'phone number change', pattern: /changed (?:their|your|his|her) phone number|changed to a new number|сменил(?:а)? (?:свой )?номер|изменил(?:а)? (?:свой )?номер(?: телефона)?|перешл?(?:а)? на новый номер|змяніў(?:ла)? (?:свой )?нумар|змінив(?:ла)? (?:свій )?номер/iu },
  { reason: 'group change', pattern: /^(?:.{1,100} )?(?:created (?:the )?group|added|removed|left|joined using this group's invite link|changed the (?:subject|group description|group name)|changed this group's (?:icon|settings)|deleted this group's icon|создал(?:а)? группу|добавил(?:а)?|удалил(?:а)? |вышел|вышла|изменил(?:а)? (?:тему|описание|название|значок|настройки)(?: группы)?|присоединил(?:ся|ась) по ссылке|стварыў(?:ла)? групу|дадаў(?:ла)?|выдаліў(?:ла)? |выйшаў|выйшла|змяніў(?:ла)? (?:тэму|апісанне|назву|значок)|далучыў(?:ся|ася) па спасылцы|створив(?:ла)? групу|додав(?:ла)?|видалив(?:ла)? |вийшов|вийшла|змінив(?:ла)? (?:тему|опис|назву|значок)|приєднав(?:ся|лася) за посиланням)/iu },
];

export function isLocation(body: string): boolean {
  return LOCATION.test(body.trim());
}

export function isContactCard(body: string): boolean {
  return CONTACT.test(body.trim());
}

export function isSlavicMedia(body: string): boolean {
  return MEDIA_SLAVIC.test(body.trim());
}

export function isSlavicDeleted(body: string): boolean {
  return DELETED_SLAVIC.test(body.trim());
}

/** Why a body is one of the app's own notices, or null when it is not one. */
export function noticeReason(body: string): string | null {
  const text = body.trim();
  for (const { reason, pattern } of NOTICES) if (pattern.test(text)) return reason;
  return null;
}
