import { text } from './text';
import { PoseCheckScreen } from './pose-check/pose-check-screen';

export function App() {
  return (
    <div class="app">
      <header class="app-header">
        <h1>{text.appName}</h1>
      </header>
      <main>
        <PoseCheckScreen />
      </main>
    </div>
  );
}
