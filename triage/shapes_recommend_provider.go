package triage

// Asking the firm to name someone for a job ("can you recommend a
// plumber?", "could you suggest a bookkeeper you trust?") is a name the
// firm gives in a line: quick. Recommending what to do ("recommend
// changes to our backups") stays the work it names. Up to three words may
// stand between the determiner and the provider ("a good local
// electrician"); {provider} is in lexicon.go.
const recommendProviderMatch = "recommend {provider}|recommend {det} {provider}|recommend {det} ... {provider}|" +
	"recommend {me} {det} ... {provider}|suggest {provider}|suggest {det} {provider}|suggest {det} ... {provider}|" +
	"suggest {me} {det} ... {provider}|point {me} to {det} ... {provider}|put {me} in touch with {det} ... {provider}"

// recommendProviderWeight outweighs the paid "recommend" it contains.
const recommendProviderWeight = 3

func init() {
	registerSignals([]Signal{quickCue(recommendProviderMatch, recommendProviderWeight, 1, "info")}, nil)
}
