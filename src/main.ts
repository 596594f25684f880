import './lib/map/worker';
import 'maplibre-gl/dist/maplibre-gl.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('Strait Atlas: no #app element in index.html');
export default mount(App, { target });
