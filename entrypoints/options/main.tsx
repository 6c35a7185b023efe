import { render } from 'preact';
import { Options } from '../../components/options/Options';
import '../../components/shared/page.css';
import { uiLang } from '../../components/shared/ui-lang';

// The page speaks the browser's language (or English): say so, for screen readers and hyphenation.
document.documentElement.lang = uiLang();
render(<Options />, document.getElementById('app')!);
