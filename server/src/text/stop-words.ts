/**
 * Stop words of the search analyser, matched on the word as written (after
 * character-level preparation: tashkeel and tatweel out, hamza kept), before
 * any folding — as Lucene's ArabicAnalyzer does, so the list names the common
 * spellings without hamza too (الى, ان, او) and a name is never taken for a
 * particle after folding (علي is a name, على a preposition).
 * Arabic: Lucene's Arabic list (J. Savoy) without الآن/الان, which news
 * readers do search for; English: the usual short list.
 */
export const ARABIC_STOP_WORDS = [
  'من', 'ومن', 'منها', 'منه', 'في', 'وفي', 'فيها', 'فيه', 'و', 'ف', 'ثم', 'او', 'أو', 'ب', 'بها', 'به', 'ا', 'أ',
  'اى', 'اي', 'أي', 'أى', 'لا', 'ولا', 'الا', 'ألا', 'إلا', 'لكن', 'ولكن', 'ما', 'وما', 'كما', 'فما', 'عن', 'مع',
  'اذا', 'إذا', 'ان', 'أن', 'إن', 'انها', 'أنها', 'إنها', 'انه', 'أنه', 'إنه', 'بان', 'بأن', 'فان', 'فأن', 'فإن', 'لأنه', 'لانه', 'وان',
  'وأن', 'وإن', 'التى', 'التي', 'الذى', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي', 'الى', 'الي',
  'إلى', 'إلي', 'على', 'عليها', 'عليه', 'وعلى', 'اما', 'أما', 'إما', 'ايضا', 'أيضا', 'كل', 'وكل', 'لم', 'ولم',
  'لن', 'ولن', 'هى', 'هي', 'هو', 'وهى', 'وهي', 'وهو', 'فهى', 'فهي', 'فهو', 'انت', 'أنت', 'لك', 'لها', 'له',
  'لهم', 'هم', 'هذه', 'هذا', 'وهذا', 'وهذه', 'تلك', 'ذلك', 'هناك', 'هنا', 'كانت', 'كان', 'يكون', 'تكون', 'وكانت',
  'وكان', 'غير', 'بعض', 'قد', 'وقد', 'لقد', 'نحو', 'بين', 'بينما', 'منذ', 'ضمن', 'حيث', 'خلال', 'بعد', 'قبل',
  'حتى', 'عند', 'عندما', 'لدى', 'جميع', 'إذ', 'اذ', 'كذلك', 'أكثر', 'اكثر', 'إليه', 'اليه', 'إليها', 'اليها',
  'عليهم', 'فيهم', 'منهم', 'بهم', 'ليس', 'سوف', 'كي', 'لكي', 'لأن', 'لان',  'ذات', 'ذو',
];

export const ENGLISH_STOP_WORDS = [
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'for', 'from', 'had', 'has', 'have', 'if', 'in',
  'into', 'is', 'it', 'its', 'no', 'not', 'of', 'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there',
  'these', 'they', 'this', 'those', 'to', 'was', 'were', 'which', 'who', 'will', 'with', 'would',
];
