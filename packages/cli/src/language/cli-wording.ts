import type { OfficialLanguage, Severity } from '@itu-aicb/core';

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
  },
};
