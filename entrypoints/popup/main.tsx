import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { createPageStore } from '../../utils/ui/data';

render(<Popup store={createPageStore()} />, document.getElementById('app')!);
