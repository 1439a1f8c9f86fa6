import type { OfficialLanguage, Severity, SkipReason } from '@itu-aicb/core';

/** The counts the summary line of `aicb validate` reads. */
export interface SummaryCounts {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** The CLI's own words in human output (help text stays English). */
export interface CliWording {
  readonly severity: Readonly<Record<Severity, string>>;
  readonly hint: string;
  readonly note: string;
  /** The first sentence of the summary line. */
  readonly summary: (counts: SummaryCounts, number: (value: number) => string) => string;
  /** The heading of the priority table. */
  readonly priorities: (method: string, profile: string, better: 'higher' | 'lower') => string;
  readonly columns: {
    readonly rank: string;
    readonly measure: string;
    readonly score: string;
    readonly data: string;
    readonly title: string;
  };
  /** Said after a title shown in English for want of one in the chosen language. */
  readonly inEnglish: string;
  /** In the `--explain` rows: a criterion's contribution, and a value that was missing. */
  readonly contribution: string;
  readonly missing: string;
  /** How a missing value was filled, in the `--explain` rows. */
  readonly filled: Readonly<Record<'worst' | 'median', string>>;
  /** The endings of the summary line, after its first sentence; `n` is a count already written. */
  readonly endings: {
    readonly quiet: string;
    readonly strict: string;
    readonly maxWarnings: (limit: string) => string;
    readonly suppressed: (n: number, text: string) => string;
    /** Findings held by the baseline and, when some are, how many of its findings are fixed. */
    readonly baseline: (n: number, text: string, fixed: string | undefined) => string;
    readonly unreadable: (
      files: number,
      directories: number,
      n: (value: number) => string,
    ) => string;
    readonly skipped: (n: number, text: string, reasons: string) => string;
    readonly verbose: string;
    /** What ends a sentence, and what stands between two sentences (none in Chinese). */
    readonly stop: string;
    readonly gap: string;
    /** A count of skipped files with its reason, in the summary line. */
    readonly skippedCount: (text: string, reason: string) => string;
  };
  /** Why a file found by a search is not a plan document. */
  readonly skipReasons: Readonly<Record<SkipReason, string>>;
  /** Said of each file skipped, under `--verbose`. */
  readonly skippedWord: string;
  /** What separates the items of a list. */
  readonly comma: string;
  /** The words of `aicb prioritize` around the table. */
  readonly ranking: {
    /** The column of reasons in the Markdown table. */
    readonly why: string;
    /** How many ranked measures `--top` left out, of how many. */
    readonly notShown: (hidden: number, text: string, total: string) => string;
    readonly notEnoughData: string;
    /** After a measure's criteria measured (`3/10`). */
    readonly measured: string;
    readonly excluded: string;
    readonly consistency: (ratio: string, table: string) => string;
  };
  /** The words of the stability analysis (`--sensitivity`). */
  readonly stability: {
    readonly holds: (order: string) => string;
    readonly approximate: string;
    readonly acceptability: (samples: string, seed: string) => string;
    readonly first: string;
    readonly expectedRank: string;
    readonly agreement: (method: string) => string;
    readonly leftOut: string;
  };
}

const plural = (
  rules: Intl.PluralRules,
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string => forms[rules.select(n)] ?? forms.other;

const ru = new Intl.PluralRules('ru');

/**
 * The CLI's words in each official language.
 */
export const CLI_WORDING: Readonly<Record<OfficialLanguage, CliWording>> = {
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' },
    hint: 'hint:',
    note: 'note:',
    summary: ({ files, errors, warnings, infos }, n) => {
      const s = (count: number, word: string) => `${n(count)} ${word}${count === 1 ? '' : 's'}`;
      const checked = `${s(files, 'file')} checked`;
      return errors + warnings + infos === 0
        ? `${checked}: no problems.`
        : `${checked}: ${s(errors, 'error')}, ${s(warnings, 'warning')}, ${s(infos, 'note')}.`;
    },
    priorities: (method, profile, better) =>
      `Priorities by ${method} (profile ${profile}; ${better} score is better)`,
    columns: { rank: 'rank', measure: 'measure', score: 'score', data: 'data', title: 'title' },
    inEnglish: '(in English)',
    contribution: 'contribution',
    missing: 'missing',
    filled: { worst: 'worst', median: 'median' },
    endings: {
      quiet: 'Warnings and notes are not shown (--quiet).',
      strict: 'Warnings fail the check (--strict).',
      maxWarnings: (limit) => `More warnings than --max-warnings ${limit} allows.`,
      suppressed: (n, text) => `${text} finding${n === 1 ? '' : 's'} suppressed with a reason.`,
      baseline: (n, text, fixed) =>
        `${text} finding${n === 1 ? '' : 's'} in the baseline${fixed === undefined ? '' : `, ${fixed} of its findings fixed`}.`,
      unreadable: (files, directories, n) =>
        `${[
          ...(files > 0 ? [`${n(files)} file${files === 1 ? '' : 's'}`] : []),
          ...(directories > 0
            ? [`${n(directories)} director${directories === 1 ? 'y' : 'ies'}`]
            : []),
        ].join(' and ')} could not be read.`,
      skipped: (n, text, reasons) => `${text} other file${n === 1 ? '' : 's'} skipped: ${reasons}`,
      verbose: '(--verbose lists them)',
      stop: '.',
      gap: ' ',
      skippedCount: (text, reason) => `${text} ${reason}`,
    },
    skipReasons: {
      'no-kind': 'without a top-level kind',
      'other-kind': 'of another kind',
      'not-a-mapping': 'not a mapping',
      'not-yaml-or-json': 'not valid YAML or JSON',
    },
    skippedWord: 'skipped',
    comma: ', ',
    ranking: {
      why: 'why',
      notShown: (hidden, text, total) =>
        `... and ${text} more ranked measure${hidden === 1 ? '' : 's'} (without --top, all ${total} are shown)`,
      notEnoughData: 'Not enough data to rank:',
      measured: 'measured',
      excluded: 'excluded',
      consistency: (ratio, table) => `AHP consistency ratio ${ratio} (${table})`,
    },
    stability: {
      holds: (order) => `Stability: the order ${order} holds while each weight stays within`,
      approximate: '(approximate)',
      acceptability: (samples, seed) =>
        `Rank acceptability over ${samples} random weight vectors (seed ${seed}):`,
      first: 'first',
      expectedRank: 'expected rank',
      agreement: (method) => `Agreement with ${method} (Spearman, Kendall):`,
      leftOut: 'left out:',
    },
  },
  fr: {
    severity: { error: 'erreur', warning: 'avertissement', info: 'info' },
    hint: 'conseil :',
    note: 'note :',
    summary: ({ files, errors, warnings, infos }, n) => {
      const s = (count: number, one: string, many: string) =>
        `${n(count)} ${count <= 1 ? one : many}`;
      const checked = s(files, 'fichier vérifié', 'fichiers vérifiés');
      return errors + warnings + infos === 0
        ? `${checked} : aucun problème.`
        : `${checked} : ${s(errors, 'erreur', 'erreurs')}, ${s(warnings, 'avertissement', 'avertissements')}, ${s(infos, 'note', 'notes')}.`;
    },
    priorities: (method, profile, better) =>
      `Priorités selon ${method} (profil ${profile} ; le score le plus ${better === 'higher' ? 'élevé' : 'bas'} est le meilleur)`,
    columns: { rank: 'rang', measure: 'mesure', score: 'score', data: 'données', title: 'titre' },
    inEnglish: '(en anglais)',
    contribution: 'contribution',
    missing: 'manquante',
    filled: { worst: 'pire', median: 'médiane' },
    endings: {
      quiet: 'Les avertissements et les notes ne sont pas affichés (--quiet).',
      strict: 'Les avertissements font échouer la vérification (--strict).',
      maxWarnings: (limit) => `Plus d’avertissements que --max-warnings ${limit} n’en permet.`,
      suppressed: (n, text) =>
        `${text} constat${n <= 1 ? '' : 's'} ignoré${n <= 1 ? '' : 's'} avec une raison.`,
      baseline: (n, text, fixed) =>
        `${text} constat${n <= 1 ? '' : 's'} dans la référence${fixed === undefined ? '' : ` ; corrigés depuis : ${fixed}`}.`,
      unreadable: (files, directories, n) =>
        `Illisibles : ${[
          ...(files > 0 ? [`${n(files)} fichier${files <= 1 ? '' : 's'}`] : []),
          ...(directories > 0 ? [`${n(directories)} dossier${directories <= 1 ? '' : 's'}`] : []),
        ].join(' et ')}.`,
      skipped: (n, text, reasons) =>
        `${text} autre${n <= 1 ? '' : 's'} fichier${n <= 1 ? '' : 's'} ignoré${n <= 1 ? '' : 's'} : ${reasons}`,
      verbose: '(--verbose les liste)',
      stop: '.',
      gap: ' ',
      skippedCount: (text, reason) => `${text} ${reason}`,
    },
    skipReasons: {
      'no-kind': 'sans kind au premier niveau',
      'other-kind': 'd’un autre type',
      'not-a-mapping': 'pas un dictionnaire',
      'not-yaml-or-json': 'pas du YAML ou du JSON valide',
    },
    skippedWord: 'ignoré',
    comma: ', ',
    ranking: {
      why: 'pourquoi',
      notShown: (hidden, text, total) =>
        `… et ${text} autre${hidden <= 1 ? '' : 's'} mesure${hidden <= 1 ? '' : 's'} classée${hidden <= 1 ? '' : 's'} (sans --top, les ${total} sont affichées)`,
      notEnoughData: 'Pas assez de données pour classer :',
      measured: 'mesurés',
      excluded: 'exclue',
      consistency: (ratio, table) => `Ratio de cohérence AHP ${ratio} (${table})`,
    },
    stability: {
      holds: (order) => `Stabilité : l’ordre ${order} tient tant que chaque poids reste dans`,
      approximate: '(approché)',
      acceptability: (samples, seed) =>
        `Acceptabilité des rangs sur ${samples} vecteurs de poids aléatoires (graine ${seed}) :`,
      first: 'premier',
      expectedRank: 'rang attendu',
      agreement: (method) => `Accord avec ${method} (Spearman, Kendall) :`,
      leftOut: 'écartée :',
    },
  },
  es: {
    severity: { error: 'error', warning: 'advertencia', info: 'info' },
    hint: 'sugerencia:',
    note: 'nota:',
    summary: ({ files, errors, warnings, infos }, n) => {
      const s = (count: number, one: string, many: string) =>
        `${n(count)} ${count === 1 ? one : many}`;
      const checked = s(files, 'archivo comprobado', 'archivos comprobados');
      return errors + warnings + infos === 0
        ? `${checked}: ningún problema.`
        : `${checked}: ${s(errors, 'error', 'errores')}, ${s(warnings, 'advertencia', 'advertencias')}, ${s(infos, 'nota', 'notas')}.`;
    },
    priorities: (method, profile, better) =>
      `Prioridades según ${method} (perfil ${profile}; la puntuación más ${better === 'higher' ? 'alta' : 'baja'} es la mejor)`,
    columns: {
      rank: 'puesto',
      measure: 'medida',
      score: 'puntuación',
      data: 'datos',
      title: 'título',
    },
    inEnglish: '(en inglés)',
    contribution: 'contribución',
    missing: 'falta',
    filled: { worst: 'peor', median: 'mediana' },
    endings: {
      quiet: 'No se muestran las advertencias ni las notas (--quiet).',
      strict: 'Las advertencias hacen fallar la comprobación (--strict).',
      maxWarnings: (limit) => `Más advertencias de las que permite --max-warnings ${limit}.`,
      suppressed: (n, text) =>
        `${text} hallazgo${n === 1 ? '' : 's'} suprimido${n === 1 ? '' : 's'} con un motivo.`,
      baseline: (n, text, fixed) =>
        `${text} hallazgo${n === 1 ? '' : 's'} en la referencia${fixed === undefined ? '' : `; corregidos desde entonces: ${fixed}`}.`,
      unreadable: (files, directories, n) =>
        `No se pudieron leer: ${[
          ...(files > 0 ? [`${n(files)} archivo${files === 1 ? '' : 's'}`] : []),
          ...(directories > 0
            ? [`${n(directories)} directorio${directories === 1 ? '' : 's'}`]
            : []),
        ].join(' y ')}.`,
      skipped: (n, text, reasons) =>
        `${text} archivo${n === 1 ? '' : 's'} más omitido${n === 1 ? '' : 's'}: ${reasons}`,
      verbose: '(--verbose los enumera)',
      stop: '.',
      gap: ' ',
      skippedCount: (text, reason) => `${text} ${reason}`,
    },
    skipReasons: {
      'no-kind': 'sin kind en el nivel superior',
      'other-kind': 'de otro tipo',
      'not-a-mapping': 'no es un mapeo',
      'not-yaml-or-json': 'no es YAML ni JSON válido',
    },
    skippedWord: 'omitido',
    comma: ', ',
    ranking: {
      why: 'motivo',
      notShown: (hidden, text, total) =>
        `… y ${text} medida${hidden === 1 ? '' : 's'} clasificada${hidden === 1 ? '' : 's'} más (sin --top se muestran las ${total})`,
      notEnoughData: 'Sin datos suficientes para clasificar:',
      measured: 'medidos',
      excluded: 'excluida',
      consistency: (ratio, table) => `Razón de consistencia AHP ${ratio} (${table})`,
    },
    stability: {
      holds: (order) => `Estabilidad: el orden ${order} se mantiene mientras cada peso esté en`,
      approximate: '(aproximado)',
      acceptability: (samples, seed) =>
        `Aceptabilidad de los puestos en ${samples} vectores de pesos aleatorios (semilla ${seed}):`,
      first: 'primera',
      expectedRank: 'puesto esperado',
      agreement: (method) => `Concordancia con ${method} (Spearman, Kendall):`,
      leftOut: 'omitido:',
    },
  },
  ru: {
    severity: { error: 'ошибка', warning: 'предупреждение', info: 'сведения' },
    hint: 'совет:',
    note: 'примечание:',
    summary: ({ files, errors, warnings, infos }, n) => {
      const s = (count: number, one: string, few: string, many: string) =>
        `${n(count)} ${plural(ru, count, { one, few, many, other: many })}`;
      const checked = `Проверено файлов: ${n(files)}`;
      return errors + warnings + infos === 0
        ? `${checked}; проблем нет.`
        : `${checked}; ${s(errors, 'ошибка', 'ошибки', 'ошибок')}, ${s(warnings, 'предупреждение', 'предупреждения', 'предупреждений')}, ${s(infos, 'примечание', 'примечания', 'примечаний')}.`;
    },
    priorities: (method, profile, better) =>
      `Приоритеты по методу ${method} (профиль ${profile}; лучше ${better === 'higher' ? 'более высокая' : 'более низкая'} оценка)`,
    columns: { rank: 'место', measure: 'мера', score: 'оценка', data: 'данные', title: 'название' },
    inEnglish: '(на английском)',
    contribution: 'вклад',
    missing: 'нет значения',
    filled: { worst: 'худшее', median: 'медиана' },
    endings: {
      quiet: 'Предупреждения и примечания не показаны (--quiet).',
      strict: 'Предупреждения приводят к неудаче проверки (--strict).',
      maxWarnings: (limit) => `Предупреждений больше, чем допускает --max-warnings ${limit}.`,
      suppressed: (_n, text) => `Подавлено с указанием причины: ${text}.`,
      baseline: (_n, text, fixed) =>
        `В базовом наборе: ${text}${fixed === undefined ? '' : `; исправлено: ${fixed}`}.`,
      unreadable: (files, directories, n) =>
        `Не удалось прочитать: ${[
          ...(files > 0 ? [`файлов — ${n(files)}`] : []),
          ...(directories > 0 ? [`каталогов — ${n(directories)}`] : []),
        ].join(' и ')}.`,
      skipped: (_n, text, reasons) => `Пропущено других файлов: ${text} (${reasons})`,
      verbose: '(--verbose перечисляет их)',
      stop: '.',
      gap: ' ',
      skippedCount: (text, reason) => `${text} ${reason}`,
    },
    skipReasons: {
      'no-kind': 'без kind на верхнем уровне',
      'other-kind': 'другого вида',
      'not-a-mapping': 'не отображение',
      'not-yaml-or-json': 'не корректный YAML или JSON',
    },
    skippedWord: 'пропущен',
    comma: ', ',
    ranking: {
      why: 'причина',
      notShown: (_hidden, text, total) =>
        `… и ещё ранжированных мер: ${text} (без --top показаны все ${total})`,
      notEnoughData: 'Недостаточно данных для ранжирования:',
      measured: 'измерено',
      excluded: 'исключена',
      consistency: (ratio, table) => `Коэффициент согласованности AHP ${ratio} (${table})`,
    },
    stability: {
      holds: (order) =>
        `Устойчивость: порядок ${order} сохраняется, пока каждый вес остаётся в пределах`,
      approximate: '(приближённо)',
      acceptability: (samples, seed) =>
        `Приемлемость мест по ${samples} случайным векторам весов (начальное значение ${seed}):`,
      first: 'первая',
      expectedRank: 'ожидаемое место',
      agreement: (method) => `Согласие с ${method} (Спирмен, Кендалл):`,
      leftOut: 'не учтён:',
    },
  },
  zh: {
    severity: { error: '错误', warning: '警告', info: '提示' },
    hint: '建议：',
    note: '注：',
    summary: ({ files, errors, warnings, infos }, n) =>
      errors + warnings + infos === 0
        ? `已检查 ${n(files)} 个文件：没有问题。`
        : `已检查 ${n(files)} 个文件：${n(errors)} 个错误，${n(warnings)} 个警告，${n(infos)} 条提示。`,
    priorities: (method, profile, better) =>
      `按 ${method} 排列的优先次序（方案 ${profile}；得分越${better === 'higher' ? '高' : '低'}越好）`,
    columns: { rank: '排名', measure: '措施', score: '得分', data: '数据', title: '标题' },
    inEnglish: '（英文）',
    contribution: '贡献',
    missing: '缺失',
    filled: { worst: '最差值', median: '中位数' },
    endings: {
      quiet: '未显示警告和提示（--quiet）。',
      strict: '警告使检查失败（--strict）。',
      maxWarnings: (limit) => `警告数超过 --max-warnings ${limit} 的上限。`,
      suppressed: (_n, text) => `${text} 条问题已说明理由并被抑制。`,
      baseline: (_n, text, fixed) =>
        `基线中有 ${text} 条问题${fixed === undefined ? '' : `，其中 ${fixed} 条已修复`}。`,
      unreadable: (files, directories, n) =>
        `${[
          ...(files > 0 ? [`${n(files)} 个文件`] : []),
          ...(directories > 0 ? [`${n(directories)} 个目录`] : []),
        ].join('和')}无法读取。`,
      skipped: (_n, text, reasons) => `跳过了另外 ${text} 个文件：${reasons}`,
      verbose: '（--verbose 会列出它们）',
      stop: '。',
      gap: '',
      skippedCount: (text, reason) => `${text} 个${reason}`,
    },
    skipReasons: {
      'no-kind': '没有顶层 kind',
      'other-kind': '属于其他类型',
      'not-a-mapping': '不是映射',
      'not-yaml-or-json': '不是有效的 YAML 或 JSON',
    },
    skippedWord: '已跳过',
    comma: '，',
    ranking: {
      why: '原因',
      notShown: (_hidden, text, total) =>
        `……另有 ${text} 项已排名措施未显示（不加 --top 时显示全部 ${total} 项）`,
      notEnoughData: '数据不足，无法排名：',
      measured: '已测量',
      excluded: '已排除',
      consistency: (ratio, table) => `AHP 一致性比率 ${ratio}（${table}）`,
    },
    stability: {
      holds: (order) => `稳定性：只要各权重保持在以下区间内，顺序 ${order} 不变`,
      approximate: '（近似）',
      acceptability: (samples, seed) =>
        `${samples} 个随机权重向量上的排名可接受度（种子 ${seed}）：`,
      first: '第一',
      expectedRank: '预期排名',
      agreement: (method) => `与 ${method} 的一致性（Spearman、Kendall）：`,
      leftOut: '未纳入：',
    },
  },
  ar: {
    severity: { error: 'خطأ', warning: 'تحذير', info: 'ملاحظة' },
    hint: 'تلميح:',
    note: 'ملاحظة:',
    summary: ({ files, errors, warnings, infos }, n) => {
      const s = (count: number, word: string) => `${word}: ${n(count)}`;
      const checked = `الملفات المفحوصة: ${n(files)}`;
      return errors + warnings + infos === 0
        ? `${checked}؛ لا مشكلات.`
        : `${checked}؛ ${s(errors, 'الأخطاء')}، ${s(warnings, 'التحذيرات')}، ${s(infos, 'الملاحظات')}.`;
    },
    priorities: (method, profile, better) =>
      `الأولويات حسب ${method} (الملف ${profile}؛ الدرجة ${better === 'higher' ? 'الأعلى' : 'الأدنى'} هي الأفضل)`,
    columns: {
      rank: 'المرتبة',
      measure: 'التدبير',
      score: 'الدرجة',
      data: 'البيانات',
      title: 'العنوان',
    },
    inEnglish: '(بالإنجليزية)',
    contribution: 'المساهمة',
    missing: 'مفقودة',
    filled: { worst: 'الأسوأ', median: 'الوسيط' },
    endings: {
      quiet: 'لا تُعرض التحذيرات والملاحظات (--quiet).',
      strict: 'التحذيرات تُفشل الفحص (--strict).',
      maxWarnings: (limit) => `التحذيرات أكثر مما يسمح به --max-warnings ${limit}.`,
      suppressed: (_n, text) => `النتائج المكتومة مع سبب: ${text}.`,
      baseline: (_n, text, fixed) =>
        `النتائج في خط الأساس: ${text}${fixed === undefined ? '' : `؛ المصحَّح منها: ${fixed}`}.`,
      unreadable: (files, directories, n) =>
        `تعذرت قراءة ${[
          ...(files > 0 ? [`الملفات: ${n(files)}`] : []),
          ...(directories > 0 ? [`المجلدات: ${n(directories)}`] : []),
        ].join(' و')}.`,
      skipped: (_n, text, reasons) => `ملفات أخرى متخطاة: ${text} (${reasons})`,
      verbose: '(--verbose يسردها)',
      stop: '.',
      gap: ' ',
      skippedCount: (text, reason) => `${text} ${reason}`,
    },
    skipReasons: {
      'no-kind': 'بلا kind في المستوى الأعلى',
      'other-kind': 'من نوع آخر',
      'not-a-mapping': 'ليس تعيينًا',
      'not-yaml-or-json': 'ليس YAML أو JSON صالحًا',
    },
    skippedWord: 'متخطى',
    comma: '، ',
    ranking: {
      why: 'السبب',
      notShown: (_hidden, text, total) =>
        `... وتدابير مرتبة أخرى عددها ${text} (من دون --top تُعرض كلها وعددها ${total})`,
      notEnoughData: 'لا تكفي البيانات للترتيب:',
      measured: 'مقيسة',
      excluded: 'مستبعد',
      consistency: (ratio, table) => `نسبة الاتساق في AHP ${ratio} (${table})`,
    },
    stability: {
      holds: (order) => `الثبات: يبقى الترتيب ${order} ما دام كل وزن ضمن`,
      approximate: '(تقريبي)',
      acceptability: (samples, seed) =>
        `قبول المراتب على ${samples} من متجهات الأوزان العشوائية (البذرة ${seed}):`,
      first: 'الأول',
      expectedRank: 'المرتبة المتوقعة',
      agreement: (method) => `الاتفاق مع ${method} (سبيرمان، كندال):`,
      leftOut: 'مستبعدة:',
    },
  },
};
