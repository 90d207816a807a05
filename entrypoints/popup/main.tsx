import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { createPopupStore } from '../../utils/ui/popup-data';

render(<Popup store={createPopupStore()} />, document.getElementById('app')!);
