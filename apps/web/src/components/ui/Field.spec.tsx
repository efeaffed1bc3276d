import { renderToStaticMarkup } from 'react-dom/server';
import { Select } from './Select';
import { TextArea } from './TextArea';
import { TextField } from './TextField';

/** The id React gave the control, read back from its label. */
function controlId(html: string): string {
  const id = /<label class="field__label" for="([^"]+)"/.exec(html)?.[1];
  if (!id) throw new Error(`No labelled control in ${html}`);
  return id;
}

describe('fields', () => {
  it.each([
    ['TextField', <TextField key="t" label="Name" hint="As people know you" error="Enter your name." optional />],
    ['TextArea', <TextArea key="a" label="Name" hint="As people know you" error="Enter your name." optional />],
    [
      'Select',
      <Select
        key="s"
        label="Name"
        hint="As people know you"
        error="Enter your name."
        optional
        options={[{ value: 'a', label: 'A' }]}
      />,
    ],
  ])('%s ties its label, hint and error to the control', (_name, element) => {
    const html = renderToStaticMarkup(element);
    const id = controlId(html);
    expect(html).toContain('<div class="field field--invalid">');
    expect(html).toContain('Name<span class="field__suffix"> (optional)</span>');
    expect(html).toContain(`<div class="field__hint" id="${id}-hint">As people know you</div>`);
    expect(html).toContain(
      `<p class="field__error" id="${id}-error"><span class="visually-hidden">Error: </span>Enter your name.</p>`,
    );
    expect(html).toMatch(new RegExp(`id="${id}" aria-invalid="true" aria-describedby="${id}-error ${id}-hint"`));
  });

  it('says nothing of errors on a valid control, and passes its own props to it', () => {
    const html = renderToStaticMarkup(<TextField label="E-mail" name="email" type="email" className="wide" required />);
    const id = controlId(html);
    expect(html).toMatch(/^<div class="field wide"><label class="field__label" for="[^"]+">E-mail<\/label><input /);
    for (const attribute of ['class="input"', 'type="email"', 'name="email"', 'required=""', `id="${id}"`]) {
      expect(html).toContain(attribute);
    }
    expect(html).not.toMatch(/aria-invalid|aria-describedby|field__hint|field__error|field__suffix/);
  });
});
