// The entry of the script-tag bundle (dist/therapy-widgets.js): every widget registered and
// placeholders upgraded, with nothing exported, since a <script> tag cannot use exports and
// their names would cost every page bytes. Applications import the package's modules instead.
import './index.js';
