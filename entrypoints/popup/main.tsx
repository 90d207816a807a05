import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { createPopupStore } from '../../utils/ui/popup-data';
import { currentAccount } from '../../components/popup/current';

// Which account is current is looked up at once, in parallel with the data reads (not after a first paint).
const current = currentAccount();
render(<Popup store={createPopupStore()} current={current} />, document.getElementById('app')!);
