// Camunda Forms (form-js) in Tasklist 7.24 write their validation messages and the empty choice's
// "Select" in English, with no translation key and no hook for one: Tasklist creates the form viewer
// itself. This rewrites each, as form-js shows it, into Chinese.
const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must match pattern .*\.$/s, () => '格式不正确。'],
  [/^Field must have minimum value of (.+)\.$/, (min) => `不能小于 ${min}。`],
  [/^Field must have maximum value of (.+)\.$/, (max) => `不能大于 ${max}。`],
  [/^Field must have minimum length of (\d+)\.$/, (length) => `至少 ${length} 个字。`],
  [/^Field must have maximum length of (\d+)\.$/, (length) => `最多 ${length} 个字。`],
  [/^Field must be a valid +international phone number\..*$/, () => '请填写国际格式的电话号码，如 +8673112345678。'],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱地址。'],
  [/^Value is not a number\.$/, () => '请填写数字。'],
  [/^Value is expected to be an integer\.$/, () => '请填写整数。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (digits) => `最多保留 ${digits} 位小数。`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (lower, upper) => `请填写有效的值，最接近的是 ${lower} 和 ${upper}。`]
];

const PROMPTS = { Select: '请选择', Search: '搜索' };

function translate(text) {
  for (const [english, chinese] of MESSAGES) {
    const match = english.exec(text);
    if (match) {
      return chinese(...match.slice(1));
    }
  }
  return text;
}

function translateText(element, translation) {
  for (const node of element.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      const chinese = translation(node.data);
      if (chinese !== node.data) {
        node.data = chinese;
      }
    }
  }
}

// form-js keeps the text node it rendered and later sets its data again: translate in place
function translateMessages(root) {
  if (!root.querySelectorAll) {
    return;
  }
  root.querySelectorAll('.fjs-form-field-error li').forEach((message) => translateText(message, translate));
  root.querySelectorAll('.fjs-select-placeholder').forEach((prompt) =>
    translateText(prompt, (text) => PROMPTS[text] || text));
  root.querySelectorAll('.fjs-form input[placeholder]').forEach((input) => {
    if (PROMPTS[input.placeholder]) {
      input.placeholder = PROMPTS[input.placeholder];
    }
  });
}

new MutationObserver((changes) => {
  for (const change of changes) {
    const target = change.target.nodeType === Node.TEXT_NODE ? change.target.parentNode : change.target;
    if (target) {
      translateMessages(target.closest ? target.closest('.fjs-form-field') || target : target);
    }
  }
}).observe(document.body, { childList: true, subtree: true, characterData: true });
