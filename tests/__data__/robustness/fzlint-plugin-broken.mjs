// A plugin that throws while it is being loaded (a missing dependency, a bug at module level).
function loadDictionary() {
  throw new Error('cannot initialise: dictionary file terms.tsv is missing');
}
const terms = loadDictionary();
export default { name: 'broken', rules: { terms } };
