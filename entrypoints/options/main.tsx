import { render } from 'preact';
import { Options } from '../../components/options/Options';
import '../../components/shared/page.css';

render(<Options />, document.getElementById('app')!);
