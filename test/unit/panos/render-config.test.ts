/** The plan document's Configuration section: the set commands per firewall; a copy button in the preview only. */
import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { CLEAN, CLEAN_FILES } from '../../fixtures';
import { renderText } from '../../render-helpers';

const files = CLEAN_FILES;

describe('plan document: Configuration', () => {
  it('HTML: a section per firewall with its commands, listed in the contents; the exported file has no button and no script', () => {
    const html = renderText(CLEAN, { format: 'html', files });
    assert.match(html, /<li><a href="#configuration">Configuration<\/a><\/li>/);
    const section = /<section id="configuration">[\s\S]*?<\/section>/.exec(html)![0];
    assert.match(section, /<h3>Firewall fw-osaka<\/h3><pre class="config" id="config-1"><code># pocplan export panos: firewall `fw-osaka`/);
    assert.match(section, /\nset network interface ethernet ethernet1\/7 tap\n/);
    assert.ok(!/<button|<script/.test(html));
  });

  it('preview: a copy button that names its block, handled by the one nonce\'d script', () => {
    const html = renderText(CLEAN, { format: 'html', files, preview: { nonce: 'bm9uY2U', cspSource: "'self'" } });
    assert.match(html, /<h3 data-line="\d+">Firewall fw-osaka<\/h3><button class="copy" type="button" data-copy="config-1" data-done="Copied">Copy<\/button><pre class="config" id="config-1">/);
    assert.equal(html.match(/<script/g)!.length, 1);
    assert.match(html, /button\.copy\[data-copy\][\s\S]*vscode\.postMessage\(\{ type: 'copy', text: block\.textContent/);
  });

  it('plan strings stay text: escaped in HTML, a literal block in Markdown however many backticks they hold', () => {
    const hostile = CLEAN.replace('zone: mirror', 'zone: "<img src=x onerror=alert(1)>"').replace('zone: iot', 'zone: "```x"');
    const html = renderText(hostile, { format: 'html', files });
    const section = /<section id="configuration">[\s\S]*?<\/section>/.exec(html)![0];
    assert.ok(!section.includes('<img'), 'escaped');
    assert.match(section, /&lt;img src=x onerror=alert\(1\)&gt;/);
    const md = renderText(hostile, { format: 'md', files });
    assert.match(md, /\n`{4,}text\n/, "a fence longer than the backticks in the text");
    const rendered = new MarkdownIt().render(md.slice(md.indexOf('## Configuration')));
    assert.ok(!rendered.includes('<img'), 'no HTML from the plan');
    assert.match(rendered, /<pre><code class="language-text"># pocplan export panos/);
  });

  it('Japanese: the heading, the intro and the comments, the commands unchanged', () => {
    const md = renderText(CLEAN, { format: 'md', files, lang: 'ja' });
    assert.match(md, /\n## 設定\n/);
    assert.match(md, /\n### NGFW fw-osaka\n/);
    assert.match(md, /\n# pocplan export panos: プラン /);
    assert.match(md, /\nset network interface ethernet ethernet1\/7 tap\n/);
  });
});
