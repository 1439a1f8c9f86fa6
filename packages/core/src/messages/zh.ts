import { BUREAUS } from '../codes/bureaus.js';
import { ITU_OFFICES } from '../codes/offices.js';
import { countryName } from '../codes/countries.js';
import type { IssueParams, MessageCatalogue } from './catalogue.js';
import type { FragmentRule } from './phrasing.js';
import { phrasing, rewriteFragment } from './phrasing.js';

const p = phrasing('zh', {
  open: '“',
  close: '”',
  more: (count) => `另外 ${count} 项（见计划格式参考中的代码列表）`,
});
const q = p.quote;

/** The English fragments rules pass as parameters, in Chinese. */
const FRAGMENTS: readonly FragmentRule[] = [
  [/^nothing$/, '空值'],
  [/^null$/, 'null'],
  [/^a list$/, '列表'],
  [/^a mapping( of keys to values)?$/, '键值映射'],
  [/^a number$/, '数字'],
  [/^a whole number$/, '整数'],
  [/^text$/, '文本'],
  [/^true or false$/, 'true 或 false'],
  [/^a fixed value$/, '固定值'],
  [/^a date$/, '日期'],
  [/^a Date object$/, 'Date 对象'],
  [/^a BigInt$/, 'BigInt'],
  [/^a function$/, '函数'],
  [/^a symbol$/, 'Symbol'],
  [/^a value that cannot be read$/, '无法读取的值'],
  [/^the text (.+)$/s, '文本 $1'],
  [/^the number (.+)$/, '数字 $1'],
  [/^the non-finite number (.+)$/, '非有限数 $1'],
  [/^the value (.+)$/, '值 $1'],
  [/^plan period$/, '计划期'],
  [/^review$/, '审查'],
  [/^schedule of measure "(.+)"$/, '措施“$1”的进度'],
  [/^budget of measure "(.+)"$/, '措施“$1”的预算'],
  [/^start of measure "(.+)"$/, '措施“$1”的开始日期'],
  [/^end of measure "(.+)"$/, '措施“$1”的结束日期'],
  [/^contribution of "(.+)"$/, '“$1”的贡献'],
  // The text to write that schema findings give as `example`.
  [
    /^(".+"), a full date in quotes \(YYYY-MM-DD; a year alone is not a date here\)$/,
    '$1，即带引号的完整日期（YYYY-MM-DD；此处仅有年份不算日期）',
  ],
  [/^(".*"), in quotes$/, '$1，即加上引号'],
  [
    /^(".+") \(letters, digits, "\.", "_" or "-", starting with a letter or digit, at most 64 characters\)$/,
    '$1（字母、数字、“.”、“_”或“-”，以字母或数字开头，最多 64 个字符）',
  ],
  [
    /^(".+") \(a real calendar day, in a year from 1900 to 2100\)$/,
    '$1（真实存在的日历日期，年份在 1900 至 2100 之间）',
  ],
  [
    /^(".+"), (".+") or (".+") \(a year from 1900 to 2100\)$/,
    '$1、$2 或 $3（年份在 1900 至 2100 之间）',
  ],
  [/^(".+"), (".+") or an office id such as (".+")$/, '$1、$2 或办事处标识符，例如 $3'],
  [/^(".+") or (".+")$/, '$1 或 $2'],
  // The formats schema findings name.
  [/^identifier$/, '标识符'],
  [/^date$/, '日期'],
  [/^partial date$/, '部分日期'],
  [/^ISO 3166-1 alpha-3 country code$/, 'ISO 3166-1 alpha-3 国家代码'],
  [/^entity reference$/, '国际电联局或办事处的引用'],
  [/^SDG target$/, '可持续发展目标的具体目标'],
  [/^URL$/, 'URL'],
  [/^language code$/, '语言代码'],
  [/^text with a visible character$/, '至少含一个可见字符的文本'],
  // What a progress report dates, as `report/after-as-of` names it.
  [/^The report period$/, '报告期'],
  [/^Milestone "(.+)"$/, '里程碑“$1”'],
  [/^A value of "(.+)"$/, '指标“$1”的一个数值'],
  [/^A transaction of "(.+)"$/, '措施“$1”的一笔支出'],
  [/^The contribution of (.+)$/, '$1 的贡献'],
  [/^A meeting$/, '一次会议'],
];
const f = (text: string): string =>
  rewriteFragment(text, FRAGMENTS, { or: '或', oneOf: (values) => `以下之一：${values}` });

function knownEntities(): string {
  return `各局 ${BUREAUS.join(', ')} 以及各办事处 ${ITU_OFFICES.map((office) => office.id).join(', ')}`;
}

function didYouMean(suggestion: string | undefined): string | undefined {
  return suggestion === undefined ? undefined : `是否应为 ${q(suggestion)}？`;
}

/** What a report's reference names. */
const REFERENCE_WHAT: Readonly<Record<IssueParams['report/unknown-reference']['what'], string>> = {
  measure: '措施',
  milestone: '里程碑',
  indicator: '指标',
  objective: '目标',
  contribution: '贡献',
};

/**
 * Chinese wording for every issue code.
 *
 * @example
 * ```ts
 * zh.messages['text/empty']({}).message;
 * //=> '文件为空。'
 * ```
 */
export const zh: MessageCatalogue = {
  'text/empty': () => ({
    message: '文件为空。',
    hint: '请写入一个带有 `kind` 的文档，例如 `kind: WorkPlan`。',
  }),
  'text/too-large': ({ size, limit, unit, atLeast }) =>
    unit === 'bytes'
      ? {
          message: `文件大小${atLeast === true ? '超过 ' : '为 '}${p.number(size)} 字节，超出 ${p.number(limit)} 字节的上限，未予读取。`,
          hint: '请将文件拆分为多个文档。',
        }
      : {
          message: `文本长度为 ${p.number(size)} 个字符，超出 ${p.number(limit)} 的上限。`,
          hint: '请将文档拆分为多个文件；如果该大小符合预期，可提高 `maxLength`。',
        },
  'text/binary': () => ({
    message: '文本包含二进制数据（NUL 或其他控制字符），不是 YAML 或 JSON。',
    hint: '请确认该文件是以 UTF-8 文本保存的计划文档。',
  }),
  'text/byte-order-mark': () => ({
    message: '文本以字节顺序标记（BOM）开头，已忽略该标记。',
    hint: '请将文件保存为不带 BOM 的 UTF-8。',
  }),
  'text/syntax': ({ format, detail }) => ({
    message: `文本不是有效的 ${format}：${detail}`,
  }),
  'text/duplicate-key': ({ key }) => ({
    message: `键 ${q(key)} 在同一映射中出现了多次；只能有一个值生效。`,
    hint: '请删除或重命名其中一个重复项。',
  }),
  'text/alias-limit': ({ count, limit }) => ({
    message:
      limit === 0
        ? 'YAML 使用了别名（*name），计划文件不接受别名。'
        : `YAML 解析了 ${p.number(count)} 个别名，超出 ${p.number(limit)} 的上限。`,
    hint: '请完整写出重复的值。',
  }),
  'text/merge-key': () => ({
    message: 'YAML 使用了合并键（<<），计划文件不接受合并键。',
    hint: '请完整写出合并的键。',
  }),
  'text/custom-tag': ({ tag }) => ({
    message: `YAML 使用了标签 ${q(tag)}，计划文件不接受该标签。`,
    hint: '请删除该标签；计划文件只包含普通的字符串、数字、布尔值、列表和映射。',
  }),
  'text/multiple-documents': ({ count }) => ({
    message: `文本包含 ${p.number(count)} 个 YAML 文档；一个计划文件只能包含一个文档。`,
    hint: '请将每个文档放在单独的文件中。',
  }),
  'text/too-deep': ({ limit }) => ({
    message: `文本中列表和映射的嵌套超过 ${p.number(limit)} 层。`,
    hint: '计划文档只有几层嵌套；请检查缩进。',
  }),
  'file/unreadable': ({ what, reason }) => ({
    message: `无法读取该${what === 'file' ? '文件' : '目录'}（${reason}）。`,
    hint: `请确认它存在、是一个普通${what === 'file' ? '文件' : '目录'}，并且您有读取权限。`,
  }),
  'file/invalid-utf8': ({ byte, line, column }) => ({
    message: `文件不是有效的 UTF-8：第 ${line} 行第 ${column} 列的字节 0x${byte} 无法解码。`,
    hint: '请将文件保存为 UTF-8。',
  }),
  'file/unknown-kind': ({ kind, known, suggestion }) => ({
    message: `该文件看起来是计划文档，但其类型 ${q(kind)} 不是已知类型，因此未予检查。`,
    hint: didYouMean(suggestion) ?? `请将 \`kind\` 设为 ${p.list(known)} 之一。`,
  }),
  'file/missing-kind': ({ evidence, known, suggestion }) => ({
    message: `该文件看起来是计划文档（${evidence}），但顶层没有 \`kind\`，因此未予检查。`,
    hint:
      suggestion === undefined
        ? `请添加 \`kind\`，取值为 ${p.list(known)} 之一。`
        : `请在顶层添加 \`kind: ${suggestion}\`。`,
  }),
  'input/not-text': ({ received }) => ({
    message: `应为文件的文本（字符串），但收到的是${f(received)}。`,
    hint: '请先以文本方式读取文件，例如使用 readFile(path, "utf8")。',
  }),
  'input/not-a-list': ({ received }) => ({
    message: `应为工作区条目的列表，但收到的是${f(received)}。`,
    hint: '请传入一个数组，每个文件一个条目。',
  }),
  'input/not-json': ({ received }) => ({
    message: `该值包含${f(received)}，计划文档中不能包含此类内容。`,
    hint: '只能使用字符串、有限数字、布尔值、null、数组和普通对象。',
  }),
  'input/forbidden-key': ({ key }) => ({
    message: `计划文档中不允许使用键 ${q(key)}。`,
    hint: '请删除该键；它对 JavaScript 对象有特殊含义。',
  }),
  'document/not-an-object': ({ received }) => ({
    message: `计划文档必须是键值映射，而不是${f(received)}。`,
    hint: '请以 `kind:` 和 `schemaVersion:` 开始文档。',
  }),
  'document/missing-kind': ({ known }) => ({
    message: '文档没有 `kind`，因此无法验证。',
    hint: `请添加 \`kind\`，取值为 ${p.list(known)} 之一。`,
  }),
  'document/unknown-kind': ({ kind, known, suggestion }) => ({
    message: `${q(kind)} 不是已知的文档类型；已知类型为 ${p.list(known, 'and')}。`,
    hint: didYouMean(suggestion),
  }),
  'document/unsupported-schema-version': ({ version, supported }) => ({
    message: `不支持模式版本 ${version}；此版本的 SDK 可读取 ${supported.join(', ')}。`,
    hint: '请将 `schemaVersion` 设为受支持的版本，或更新 SDK。',
  }),
  'document/kind-mismatch': ({ kind, likely, fields }) => ({
    message: `文档声明为 \`kind: ${kind}\`，但其内容属于 ${likely} 类型：${p.list(fields, 'and')} 是 ${likely} 的字段，而不是 ${kind} 的字段。`,
    hint: `如果该文档本应是 ${likely}，请设置 \`kind: ${likely}\`；否则请使用 ${kind} 的字段编写。`,
  }),
  'schema/missing-property': ({ key, expected }) => ({
    message: `缺少必填字段 ${q(key)}。`,
    hint: `请添加 ${q(key)}（${f(expected)}）。`,
  }),
  'schema/invalid-type': ({ expected, received, example }) => ({
    message: `应为${f(expected)}，但实际为${f(received)}。`,
    hint: example === undefined ? undefined : `请写作 ${f(example)}。`,
  }),
  'schema/unknown-key': ({ key, suggestion, allowed }) => ({
    message: `${q(key)} 不是此处的字段。`,
    hint: didYouMean(suggestion) ?? `此处的字段为 ${p.list(allowed, 'and')}。`,
  }),
  'schema/invalid-value': ({ received, allowed, suggestion }) => ({
    message: `${received} 不是允许的取值。`,
    hint: didYouMean(suggestion) ?? `请使用 ${p.list(allowed)}。`,
  }),
  'schema/invalid-format': ({ format, received, example }) => ({
    message: `${received} 的格式无效（${f(format)}）。`,
    hint: example === undefined ? undefined : `请按以下形式书写：${f(example)}。`,
  }),
  'schema/too-small': ({ subject, minimum, inclusive }) => ({
    message: `值过小（${subject}）：必须${inclusive ? '至少为' : '大于'} ${typeof minimum === 'number' ? p.number(minimum) : minimum}。`,
  }),
  'schema/too-big': ({ subject, maximum, inclusive }) => ({
    message: `值过大（${subject}）：必须${inclusive ? '至多为' : '小于'} ${typeof maximum === 'number' ? p.number(maximum) : maximum}。`,
  }),
  'schema/not-multiple': ({ divisor }) => ({
    message: `该数字必须是 ${p.number(divisor)} 的倍数。`,
  }),
  'schema/invalid': ({ detail }) => ({
    message: detail,
  }),
  'rule/crashed': ({ rule, error }) => ({
    message: `规则 ${q(rule)} 因错误而中止（${error}），因此文档未得到完整检查。`,
    hint: `这是 @itu-aicb/core 的缺陷，而不是文档的问题：请附上此消息报告。如需先检查其余部分，可用 \`rules: { '${rule}': 'off' }\` 关闭该规则。`,
  }),
  'suppression/missing-code': () => ({
    message: '该抑制注释未指明任何代码，因此不抑制任何内容。',
    hint: '请在“ -- ”之前写出所接受的代码，例如 `# aicb-disable-next-line plan/missing-estimates -- 将在 2027 年审查中核算成本`；每条检查结果都会显示其代码。',
  }),
  'suppression/missing-reason': ({ codes }) => ({
    message: `对 ${p.list(codes, 'and')} 的抑制未给出理由，因此不抑制任何内容。`,
    hint: '请在“ -- ”之后说明接受该检查结果的理由，例如 `# aicb-disable-next-line plan/missing-estimates -- 将在 2027 年审查中核算成本`。',
  }),
  'suppression/unused': ({ codes }) => ({
    message: `对 ${p.list(codes, 'and')} 的抑制没有匹配到任何检查结果。`,
    hint: '请将其删除：它所针对的检查结果已不存在，或者它写错了代码、行号或指针。',
  }),
  'suppression/expired': ({ codes, expires }) => ({
    message: `对 ${p.list(codes, 'and')} 的抑制已于 ${expires} 到期，因此它所匹配的检查结果会再次报告。`,
    hint: '请修正这些检查结果，或以新的理由延长 `expires`。',
  }),
  'plan/duplicate-id': ({ id, collection, first }) => ({
    message: `标识符 ${q(id)} 被多次使用（${collection}）；第一次出现在 ${first}。`,
    hint: '请为每一项分配各自的标识符：引用必须只指向一项。',
  }),
  'plan/unresolved-objective': ({ measure, objective, known }) => ({
    message: `措施 ${q(measure)} 引用了目标 ${q(objective)}，但本计划未定义该目标。`,
    hint: known.length > 0 ? `请使用以下目标标识符之一：${known.join(', ')}。` : '请添加该目标。',
  }),
  'plan/unresolved-milestone': ({ milestone, reference }) => ({
    message: `里程碑 ${q(milestone)} 依赖于 ${q(reference)}，但后者不是本计划的里程碑。`,
    hint: '请使用某项措施进度中定义的里程碑标识符。',
  }),
  'plan/unresolved-mandate': ({ measure, mandate, known }) => ({
    message: `措施 ${q(measure)} 引用了授权 ${q(mandate)}，但计划的授权列表中没有该项。`,
    hint:
      known.length > 0 ? `请使用以下之一：${known.join(', ')}。` : '请将该授权添加到 `mandates`。',
  }),
  'plan/milestone-cycle': ({ cycle }) => ({
    message: `里程碑之间存在循环依赖：${cycle.join(' -> ')}。`,
    hint: '请删除其中一个依赖关系，使里程碑能够按某种顺序完成。',
  }),
  'plan/date-order': ({ what, start, end }) => ({
    message: `${f(what)}的结束日期（${end}）早于开始日期（${start}）。`,
    hint: '请交换两个日期，或更正错误的日期。',
  }),
  'plan/outside-period': ({ what, date, start, end }) => ({
    message: `${f(what)}（${date}）不在计划期 ${start} 至 ${end} 之内。`,
    hint: '请将日期移入计划期，或延长计划期。',
  }),
  'plan/milestone-outside-schedule': ({ milestone, due, start, end }) => ({
    message: `里程碑 ${q(milestone)} 的截止日期为 ${due}，不在其措施进度 ${start} 至 ${end} 之内。`,
    hint: '请将里程碑移入措施进度，或延长进度。',
  }),
  'plan/milestone-before-dependency': ({ milestone, due, dependency, dependencyDue }) => ({
    message: `里程碑 ${q(milestone)} 的截止日期为 ${due}，早于其所依赖的 ${q(dependency)}（${dependencyDue}）。`,
    hint: '请调整其中一个日期，或删除该依赖关系。',
  }),
  'plan/secured-exceeds-budget': ({ secured, amount, currency }) => ({
    message: `已落实金额（${p.number(secured)} ${currency}）超过预算（${p.number(amount)} ${currency}）。`,
    hint: '请提高预算，或将已落实金额降至为该措施承诺的数额。',
  }),
  'plan/breakdown-sum': ({ sum }) => ({
    message: `各预算项合计为 ${p.number(sum)}%，而不是 100%。`,
    hint: '请调整各项份额，使其合计为 100。',
  }),
  'plan/partner-financing-sum': ({ sum }) => ({
    message: `各合作伙伴的出资份额合计为 ${p.number(sum)}%，超过了全部预算。`,
    hint: '请降低份额，使其合计不超过 100。',
  }),
  'plan/amount-without-currency': ({ member }) => ({
    message: `${q(member)} 的贡献有金额但没有货币。`,
    hint: '请添加 `currency`，使用 ISO 4217 代码，例如“USD”。',
  }),
  'plan/indicator-year-order': ({ indicator, baselineYear, targetYear }) => ({
    message: `指标 ${q(indicator)} 的目标年份（${targetYear}）早于基线年份（${baselineYear}）。`,
    hint: '目标应在基线之后实现：请检查这两个年份。',
  }),
  'plan/unknown-country': ({ country, suggestion }) => ({
    message: `${q(country)} 不是已知的 ISO 3166-1 alpha-3 国家代码。`,
    hint: didYouMean(suggestion) ?? '请使用 alpha-3 代码，例如“KEN”或“BGD”。',
  }),
  'plan/unknown-office': ({ reference, suggestion }) => ({
    message: `${q(reference)} 既不是国际电联的局（GS、BR、TSB、BDT），也不是已知的区域或地区办事处。`,
    hint: didYouMean(suggestion) ?? `请使用以下之一：${knownEntities()}。`,
  }),
  'plan/unknown-sdg-target': ({ target }) => ({
    message: `${q(target)} 的写法像可持续发展目标的具体目标，但不在 169 个具体目标之中。`,
    hint: '请对照可持续发展目标框架检查目标和具体目标的编号。',
  }),
  'plan/country-outside-region': ({ country, region, targetRegions }) => ({
    message: `国家 ${q(country)} 属于 ${region} 区域，而该区域不在措施的目标区域（${targetRegions.join(', ')}）之中。`,
    hint: `请将 ${region} 添加到 targetRegions，或检查国家代码。`,
  }),
  'plan/objective-without-measure': ({ objective }) => ({
    message: `没有任何措施服务于目标 ${q(objective)}。`,
    hint: '请为其添加措施；如果计划不追求该目标，请将其删除。',
  }),
  'plan/lead-also-contributor': ({ entity }) => ({
    message: `${q(entity)} 牵头该措施，同时又被列为贡献方。`,
    hint: '请将其从贡献方中删除：牵头方本已参与。',
  }),
  'plan/duplicate-entry': ({ value, list }) => ({
    message: `${q(value)} 在 ${list} 中出现了多次。`,
    hint: '请删除重复的条目。',
  }),
  'plan/pillar-outside-objectives': ({ measure, pillar }) => ({
    message: `措施 ${q(measure)} 涉及支柱 ${q(pillar)}，但其任何目标都不涉及该支柱。`,
    hint: '请将该措施关联到涉及该支柱的目标，或将该支柱添加到其某个目标中。',
  }),
  'plan/missing-estimates': ({ measure, fields }) => ({
    message: `措施 ${q(measure)} 没有 ${fields.join(', ')} 的估计值；优先级排序将视其为缺失。`,
    hint: '请在 `estimates` 下添加估计值，以便据此对该措施进行排序。',
  }),
  'plan/global-with-targets': ({ measure, targets }) => ({
    message: `措施 ${q(measure)} 标记为全球性措施，但列出了 ${p.number(targets)} 个目标区域或国家；优先级排序将只读取这些目标。`,
    hint: '如果该措施只服务于其目标，请删除 `global`；如果它服务于所有国家，请删除目标。',
  }),
  'plan/long-period': ({ start, end, limit }) => ({
    message: `计划期从 ${start} 到 ${end}，超过 ${p.number(limit)} 年。`,
    hint: `请检查结束年份是否有输入错误；超过 ${p.number(limit)} 年的计划最好拆分为前后相继的多个计划。`,
  }),
  'plan/mandate-after-plan': ({ mandate, year, end }) => ({
    message: `授权 ${q(mandate)} 的年份为 ${year}，晚于计划结束日期 ${end}。`,
    hint: '请检查通过年份（或所引修订的年份），或计划期的结束日期。',
  }),
  'plan/first-results-after-end': ({ measure, months, runs, end }) => ({
    message: `措施 ${q(measure)} 预计在开始后 ${p.number(months)} 个月取得首批成果，但其仅持续 ${p.number(runs)} 个月，至 ${end} 结束。`,
    hint: '请降低 `estimates.monthsToFirstResults`，或延长进度。',
  }),
  'plan/non-budget-currency': ({ currency, what }) => ({
    message: `${f(what)}以 ${q(currency)} 计，该 ISO 4217 代码不是可用于预算的货币。`,
    hint: '请使用资金实际持有的货币代码，例如“USD”或“CHF”；XXX、XTS、贵金属（XAU、XAG、XPT、XPD）和债券市场单位（XBA 至 XBD）都不是。',
  }),
  'plan/partner-finances-nothing': ({ measure, partner }) => ({
    message: `措施 ${q(measure)} 的合作伙伴 ${q(partner)} 的角色为“funding”，但出资份额为预算的 0%。`,
    hint: '请在 `financingPercent` 中给出其份额；若份额尚不清楚，请删除 `financingPercent`；或为该合作伙伴填写其实际角色。',
  }),
  'plan/duplicate-partner': ({ measure, partner }) => ({
    message: `合作伙伴 ${q(partner)} 在措施 ${q(measure)} 中出现了多次。`,
    hint: '每个合作伙伴只列一次；有多个角色的合作伙伴保留主要角色及其全部出资份额。',
  }),
  'plan/lead-bureau-participating': ({ bureau }) => ({
    message: `牵头局 ${bureau} 同时被列为参与局。`,
    hint: '请将其从 `participatingBureaus` 中删除：该列表列出的是其他各局。',
  }),
  'plan/lead-outside-arrangements': ({ measure, lead, taking, list }) => ({
    message: `措施 ${q(measure)} 由 ${q(lead)} 牵头，但其未参与计划的工作安排（${taking.length === 0 ? '未列出参与方' : `参与方：${p.list(taking, 'and')}`}）。`,
    hint: `请将 ${q(lead)} 添加到 \`arrangements.${list}\`，或为该措施指定一个参与其中的牵头方。`,
  }),
  'plan/region-without-country': ({ measure, region, countries }) => ({
    message: `措施 ${q(measure)} 以 ${region} 区域为目标，但其目标国家（${p.list(countries, 'and')}）均不在 ${region} 区域。`,
    hint: `请添加该措施覆盖的 ${region} 区域国家，或从 \`targetRegions\` 中删除 ${region}。`,
  }),
  'plan/chair-not-member': ({ chair, members }) => ({
    message: `通信小组由 ${q(chair)} 担任主席，但其不在成员名单（${p.list(members, 'and')}）中。`,
    hint: `请将 ${q(chair)} 添加到 \`members\`，或更正主席。`,
  }),
  'plan/done-milestone-in-pipeline': ({ milestone, measure }) => ({
    message: `里程碑 ${q(milestone)} 标记为已完成，但其措施 ${q(measure)} 仍处于筹备阶段。`,
    hint: '请将措施改为“implementation”（或之后的状态），或设置 `done: false`。',
  }),
  'plan/country-not-itu-member': ({ country, date }) => ({
    message: `${q(country)}（${countryName(country, 'zh')}）在计划开始日期 ${date} 不是国际电联成员国。`,
    hint: '请检查国家代码；非成员可通过成员国或以观察员身份参与，措施说明中应写明这一点。',
  }),
  'plan/duplicate-title': ({ title, collection, first }) => ({
    message: `有两项（${collection}）标题同为 ${q(title)}；第一项位于 ${first}。`,
    hint: '请为每一项取一个能说明其区别的标题，或将它们合并。',
  }),
  'plan/indicator-without-unit': ({ indicator }) => ({
    message: `指标 ${q(indicator)} 没有单位，因此无法解读其基线和目标。`,
    hint: '请添加 `unit`，例如“受训人数”或“%”。',
  }),
  'plan/indicator-target-outside-period': ({ indicator, year, first, last }) => ({
    message: `指标 ${q(indicator)} 的目标年份为 ${year}，不在计划年份（${first} 至 ${last}）之内。`,
    hint: '请为计划内的某一年设定目标，作为迈向后续目标的一步，或更正年份。',
  }),
  'plan/financing-without-budget': ({ measure }) => ({
    message: `措施 ${q(measure)} 的合作伙伴为其提供部分资金，但该措施未列出预算。`,
    hint: '请添加包含金额和货币的 `budget`，或在预算确定之前省略 `financingPercent`。',
  }),
  'catalogue/duplicate-id': ({ id, first }) => ({
    message: `举措标识符 ${q(id)} 被多次使用；第一次出现在 ${first}。`,
    hint: '请为每项举措分配各自的标识符。',
  }),
  'catalogue/date-order': ({ initiative, start, end }) => ({
    message: `举措 ${q(initiative)} 的结束日期（${end}）早于开始日期（${start}）。`,
    hint: '请更正开始或结束日期。',
  }),
  'catalogue/unknown-office': ({ reference, suggestion }) => ({
    message: `${q(reference)} 既不是国际电联的局，也不是已知的区域或地区办事处。`,
    hint: didYouMean(suggestion) ?? `请使用以下之一：${knownEntities()}。`,
  }),
  'catalogue/ended-but-active': ({ initiative, end, asOf }) => ({
    message: `举措 ${q(initiative)} 标记为进行中，但已于 ${end} 结束，早于目录日期 ${asOf}。`,
    hint: '请将状态设为“completed”或“discontinued”，或更正结束日期。',
  }),
  'catalogue/over-without-end': ({ initiative, status }) => ({
    message: `举措 ${q(initiative)} 的状态为“${status}”，但没有结束日期。`,
    hint: '请添加其结束日期。',
  }),
  'catalogue/reach-after-as-of': ({ initiative, figureAsOf, asOf }) => ({
    message: `${q(initiative)} 的一项覆盖数据日期为 ${figureAsOf}，晚于目录日期 ${asOf}。`,
    hint: '请检查该数据的日期，或将目录日期后移。',
  }),
  'catalogue/duplicate-entry': ({ value, list }) => ({
    message: `${q(value)} 在 ${list} 中出现了多次。`,
    hint: '请删除重复的条目。',
  }),
  'catalogue/active-before-start': ({ initiative, start, asOf }) => ({
    message: `举措 ${q(initiative)} 标记为进行中，但其开始日期 ${start} 晚于目录日期 ${asOf}。`,
    hint: '请将状态设为“planned”，或更正开始日期。',
  }),
  'assessment/unknown-country': ({ country, suggestion }) => ({
    message: `${q(country)} 不是已知的 ISO 3166-1 alpha-3 国家代码。`,
    hint: didYouMean(suggestion) ?? '请使用 alpha-3 代码，例如“KEN”。',
  }),
  'assessment/no-pillars': () => ({
    message: '该评估未评估任何支柱。',
    hint: '请在 `pillars` 下至少添加一个支柱及其当前水平和目标水平。',
  }),
  'assessment/target-below-current': ({ pillar, current, target }) => ({
    message: `${q(pillar)} 的目标水平（${p.number(target)}）低于其当前水平（${p.number(current)}）。`,
    hint: '目标是国家希望达到的水平：请检查这两个水平。',
  }),
  'assessment/need-pillar-not-assessed': ({ pillar }) => ({
    message: `一项优先需求指向支柱 ${q(pillar)}，但该评估未评估此支柱。`,
    hint: '请在 `pillars` 下评估该支柱，或将该需求移至已评估的支柱。',
  }),
  'assessment/unknown-framework-version': ({ framework, version, known }) => ({
    message: `${q(version)} 不是框架表已知的 ${framework} 版本，因此无法将其维度映射到各支柱。`,
    hint: `请使用已知版本之一：${known.map(q).join(', ')}；或使用框架“custom”并说明方法。`,
  }),
  'profile/duplicate-criterion': ({ id, first }) => ({
    message: `准则 ${q(id)} 已在 ${first} 列出。`,
    hint: '每项准则只列一次。',
  }),
  'profile/unknown-criterion': ({ id, suggestion }) => ({
    message: `${q(id)} 不是内置准则，也没有可读取的 \`field\`。`,
    hint: didYouMean(suggestion) ?? '请使用内置准则，或为自定义准则添加 `field` 和 `direction`。',
  }),
  'profile/invalid-field': ({ id, problem, field, suggestion }) =>
    problem === 'built-in'
      ? {
          message: `${q(id)} 是内置准则，不能读取字段。`,
          hint: '请删除 `field`，或为您的自定义准则换一个标识符。',
        }
      : problem === 'unknown-field'
        ? {
            message: `准则 ${q(id)} 读取 ${q(field ?? '')}，但这不是措施的数值字段。`,
            hint:
              didYouMean(suggestion) ??
              '请使用措施的数值字段，例如“budget.amount”；列表，例如“targetCountries”（计数）；或“estimates.scores.<名称>”。',
          }
        : {
            message: `准则 ${q(id)} 没有 \`direction\`。`,
            hint: '请添加 `direction: benefit`（越多越好）或 `direction: cost`（越少越好）。',
          },
  'profile/weighting': ({ problem, detail }) => {
    switch (problem) {
      case 'missing-weight':
        return {
          message: `准则 ${q(detail)} 没有权重，而赋权方式为直接赋权。`,
          hint: '请为每项准则设置 `weight`，或选择其他赋权方式。',
        };
      case 'zero-weights':
        return {
          message: '所有准则的权重均为 0，因此无法排序。',
          hint: '请至少为一项准则设置大于 0 的权重。',
        };
      case 'matrix-size':
        return {
          message: `AHP 判断必须构成 ${detail} 矩阵：每项准则一行一列，顺序与 \`criteria\` 相同。`,
        };
      case 'diagonal':
        return {
          message: `准则与自身比较的 AHP 判断值必须为 1（${detail}）。`,
        };
      case 'not-reciprocal':
        return {
          message: `AHP 判断不满足互反性：${detail} 必须等于 1 除以其对称位置的值。`,
          hint: '如果准则 i 的重要性是 j 的 3 倍，请在 (i, j) 处写 3，在 (j, i) 处写 1/3。',
        };
      case 'unknown-in-order':
        return {
          message: `排序中列出了 ${q(detail)}，但它不是准则之一。`,
        };
      case 'incomplete-order':
        return {
          message: detail === '' ? '排序中某项准则出现了多次。' : `排序中遗漏了 ${detail}。`,
          hint: '请将每项准则恰好列出一次，最重要的列在最前。',
        };
    }
  },
  'profile/preference-thresholds': ({ type }) => ({
    message: `偏好函数 ${type} 缺少所需的阈值，或 q 不小于 p。`,
    hint: 'u-shape 需要 q；v-shape 需要大于 0 的 p；level 和 linear 需要 q 小于 p；gaussian 需要大于 0 的 s。',
  }),
  'profile/unused-setting': ({ setting, applies }) => ({
    message: `\`${setting}\` 仅适用于 ${applies}，因此在此处不起作用。`,
    hint: '请将其删除，或选择它所属的方法或赋权方式。',
  }),
  'profile/inconsistent-judgements': ({ ratio, limit, table, lambdaMax }) => ({
    message: `AHP 判断不一致：一致性比率为 ${p.number(ratio)}（最大特征值 ${p.number(lambdaMax)}，随机一致性指标 ${table}），超过上限 ${p.number(limit)}。`,
    hint: '请复查相互矛盾的两两比较判断（若 A 优于 B 且 B 优于 C，则 A 应以更大幅度优于 C），或有意提高 `maxConsistencyRatio`。',
  }),
  'report/date-order': ({ start, end }) => ({
    message: `报告期的开始日期 ${start} 晚于其结束日期 ${end}。`,
    hint: '请交换两个日期，或更正错误的日期。',
  }),
  'report/after-as-of': ({ what, date, asOf }) => ({
    message: `${f(what)}：日期 ${date} 晚于报告的截至日期 ${asOf}。`,
    hint: '报告反映的是截至日期的情况：请更正日期，或将 `asOf` 推后。',
  }),
  'report/duplicate-entry': ({ value, list }) => ({
    message: `${q(value)} 在 \`${list}\` 中出现了多次。`,
    hint: '每一项只报告一次，并将其所有数据放在一起。',
  }),
  'report/unknown-plan': ({ plan, known, suggestion }) => ({
    message:
      known.length === 0
        ? `该报告针对计划 ${q(plan)}，但未同时提供任何工作计划。`
        : `该报告针对计划 ${q(plan)}，但该计划不在所提供的工作计划（${p.list(known, 'and')}）之中。`,
    hint: didYouMean(suggestion) ?? '请将这些文件与其所报告的工作计划一并检查。',
  }),
  'report/outside-plan-period': ({ start, end, planStart, planEnd, plan }) => ({
    message: `报告期 ${start} 至 ${end} 不在计划 ${q(plan)} 的计划期（${planStart} 至 ${planEnd}）之内。`,
    hint: '请更正报告期；如果计划期已变更，请更正计划期。',
  }),
  'report/unknown-reference': ({ what, reference, plan, owner, suggestion }) => ({
    message:
      owner === undefined
        ? `报告提到了${REFERENCE_WHAT[what]} ${q(reference)}，但计划 ${q(plan)} 中没有该${REFERENCE_WHAT[what]}。`
        : `报告提到了${REFERENCE_WHAT[what]} ${q(reference)}，但计划 ${q(plan)} 的 ${q(owner)} 中没有该${REFERENCE_WHAT[what]}。`,
    hint:
      didYouMean(suggestion) ??
      (what === 'contribution'
        ? '请对照计划 `arrangements.contributions` 下列出的贡献（相同的成员和类型）报告交付情况。'
        : `请使用计划中某个${REFERENCE_WHAT[what]}的标识符。`),
  }),
  'report/milestone-before-start': ({ milestone, measure, achieved, start }) => ({
    message: `里程碑 ${q(milestone)} 报告于 ${achieved} 达成，早于措施 ${q(measure)} 的开始日期 ${start}。`,
    hint: '请检查其达成日期，或措施的开始日期。',
  }),
  'report/spend-currency': ({ measure, currency, budget }) => ({
    message:
      budget === undefined
        ? `措施 ${q(measure)} 以 ${currency} 报告支出，但没有可供比较的预算。`
        : `措施 ${q(measure)} 以 ${currency} 报告支出，但其预算以 ${budget} 计，二者无法比较。`,
    hint:
      budget === undefined
        ? '请在计划中为该措施编列预算。'
        : `请以 ${budget} 报告支出，并按支出当日的汇率换算。`,
  }),
  'report/spend-above-budget': ({ measure, spent, budget, currency }) => ({
    message: `措施 ${q(measure)} 已支出 ${p.number(spent)} ${currency}，超过其预算 ${p.number(budget)} ${currency}。`,
    hint: '请检查支出，或修订计划中的预算。',
  }),
  'report/spend-decrease': ({ measure, spent, earlier, currency, report }) => ({
    message: `措施 ${q(measure)} 报告截至目前的支出为 ${p.number(spent)} ${currency}，少于上一份报告 ${q(report)} 中的 ${p.number(earlier)} ${currency}；支出是累计值，不会减少。`,
    hint: '请报告自措施开始以来的支出，而不仅是本期支出；如有更正，请在叙述部分说明。',
  }),
  'report/overlapping-periods': ({ plan, report, start, end }) => ({
    message: `报告期与计划 ${q(plan)} 的报告 ${q(report)} 的报告期（${start} 至 ${end}）重叠。`,
    hint: '请为同一计划的每份报告分配各自的报告期，前后相接。',
  }),
  'report/implausible-status': ({ measure, from, to, report }) => ({
    message: `措施 ${q(measure)} 从报告 ${q(report)} 中的 ${q(from)} 变为 ${q(to)}；措施的状态不会这样倒退。`,
    hint: '请检查状态；关闭或取消后又恢复的措施，最好作为新措施添加到计划中。',
  }),
  'report/indicator-unit': ({ indicator, unit, planUnit }) => ({
    message:
      planUnit === undefined
        ? `指标 ${q(indicator)} 以 ${q(unit)} 报告，但计划未为其指定单位。`
        : `指标 ${q(indicator)} 以 ${q(unit)} 报告，但计划以 ${q(planUnit)} 衡量该指标。`,
    hint:
      planUnit === undefined
        ? '请在计划中为该指标指定单位。'
        : `请将数值换算为 ${q(planUnit)}；如果单位相同，请删除 \`unit\`。`,
  }),
  'report/milestone-entry': ({ milestone, measure, both }) => ({
    message: both
      ? `措施 ${q(measure)} 的里程碑 ${q(milestone)} 同时被报告为已实现（achieved）和已重新预测（forecast）。`
      : `措施 ${q(measure)} 的里程碑 ${q(milestone)} 既没有实现日期（achieved），也没有新的预计日期（forecast）。`,
    hint: both
      ? '如已实现，请保留 `achieved`；否则请保留 `forecast` 并删除 `achieved`。'
      : '请添加实现日期 `achieved`，或现在预计的日期 `forecast`；或删除该里程碑。',
  }),
  'report/group-above-total': ({ measure, group, count, total }) => ({
    message: `措施 ${q(measure)} 报告在群体 ${q(group)} 中覆盖 ${p.number(count)} 人，多于其总共覆盖的 ${p.number(total)} 人。`,
    hint: '请更正该群体的人数或总数；一人可计入多个群体，但每个群体都是总数的一部分。',
  }),
  'report/amount-without-currency': ({ member }) => ({
    message: `${q(member)} 交付的贡献有金额但没有货币。`,
    hint: '请添加 `currency`，使用该金额的 ISO 4217 代码，例如“USD”。',
  }),
  'report/non-budget-currency': ({ currency, measure, member }) => ({
    message:
      measure === undefined
        ? `${q(member ?? '')} 交付的贡献以 ${q(currency)} 计，该 ISO 4217 代码不是货币。`
        : `措施 ${q(measure)} 的支出以 ${q(currency)} 计，该 ISO 4217 代码不是货币。`,
    hint: '请使用实际支付所用的货币代码，例如“USD”或“CHF”；XXX、XTS、贵金属（XAU、XAG、XPT、XPD）和债券市场单位（XBA 至 XBD）都不是。',
  }),
  'report/contribution-currency': ({ member, currency, pledged }) => ({
    message: `${q(member)} 的贡献以 ${currency} 交付，但认捐时以 ${pledged} 计，二者无法比较。`,
    hint: `请以 ${pledged} 报告已交付金额，并按交付当日的汇率换算。`,
  }),
  'workspace/duplicate-document-id': ({ id, kind, first }) => ({
    message: `另一个 ${kind} 文档也使用标识符 ${q(id)}（${first}）。`,
    hint: '同一类型的每个文档都应有各自的标识符。',
  }),
  'workspace/duplicate-initiative-id': ({ id, first }) => ({
    message: `举措标识符 ${q(id)} 也在 ${first} 中使用。`,
    hint: '举措标识符在所有目录中必须唯一，因为措施会引用它们。',
  }),
  'workspace/unresolved-initiative': ({ measure, initiative, suggestion, catalogues }) => ({
    message:
      catalogues === 0
        ? `措施 ${q(measure)} 以举措 ${q(initiative)} 为基础，但未提供任何举措目录。`
        : `措施 ${q(measure)} 以举措 ${q(initiative)} 为基础，但任何目录中都没有该举措。`,
    hint: didYouMean(suggestion) ?? '请将该举措添加到目录中，或更正标识符。',
  }),
  'workspace/duplicate-assessment': ({ scope, date, first }) => ({
    message: `另一项针对 ${scope} 的评估日期同为 ${date}（${first}）。`,
    hint: '每个范围和日期只保留一项评估，或更正日期。',
  }),
  'workspace/missing-exchange-rate': ({ measure, currency, reference, profile, fromProfile }) => ({
    message: `措施 ${q(measure)} 以 ${currency} 编列预算，但评分方案 ${q(profile)} 以 ${reference} 比较成本，且没有 ${currency} 的汇率；优先级排序将其人均受益成本视为缺失。`,
    hint: fromProfile
      ? `请在方案的 \`currency.rates\` 下添加 \`${currency}\`（一 ${currency} 折合多少 ${reference}）。`
      : `请在方案中添加 \`currency: { code: ${reference}, rates: { ${currency}: ... } }\`；否则将以计划中最常用的货币 ${reference} 比较成本。`,
  }),
};
