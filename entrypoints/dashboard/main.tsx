import { render } from 'preact';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { createPageStore } from '../../utils/ui/data';

render(<Dashboard store={createPageStore()} />, document.getElementById('app')!);
