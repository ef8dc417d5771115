import { render } from 'preact';
import { ReflectionPage } from '@/components/reflection/ReflectionPage';
import '@/components/shared/theme.css';

render(<ReflectionPage />, document.getElementById('app')!);
