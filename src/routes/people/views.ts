// Both people pages in one lazy chunk: with a chunk each, the code they share went to a common
// chunk, which took with it what it shares with the app's start-up chunk, at a cost to every page.
export { PeopleView } from './PeopleView.tsx';
export { PersonView } from './PersonView.tsx';
