/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment Me on User {\n    id\n    email\n    role\n    communities\n  }\n": typeof types.MeFragmentDoc,
    "\n  query Me {\n    me {\n      ...Me\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...Me\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment CatalogueInterest on Interest {\n    id\n    name\n    nameEs\n    nameEn\n    synonyms\n    theme\n    curated\n  }\n": typeof types.CatalogueInterestFragmentDoc,
    "\n  fragment CatalogueOrganization on Organization {\n    id\n    name\n    kind\n    curated\n    region {\n      id\n      name\n    }\n  }\n": typeof types.CatalogueOrganizationFragmentDoc,
    "\n  query Catalogue($slug: String!) {\n    community(slug: $slug) {\n      id\n      slug\n      name\n      regions {\n        id\n        name\n      }\n      organizations {\n        ...CatalogueOrganization\n      }\n      interests {\n        ...CatalogueInterest\n      }\n    }\n  }\n": typeof types.CatalogueDocument,
    "\n  mutation CreateInterest($slug: String!, $input: InterestInput!) {\n    createInterest(communitySlug: $slug, input: $input) {\n      ...CatalogueInterest\n    }\n  }\n": typeof types.CreateInterestDocument,
    "\n  mutation UpdateInterest($id: ID!, $input: InterestInput!) {\n    updateInterest(id: $id, input: $input) {\n      ...CatalogueInterest\n    }\n  }\n": typeof types.UpdateInterestDocument,
    "\n  mutation CreateOrganization($slug: String!, $input: OrganizationInput!) {\n    createOrganization(communitySlug: $slug, input: $input) {\n      ...CatalogueOrganization\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      ...CatalogueOrganization\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  fragment CatalogueImportReport on CatalogueImportReport {\n    dryRun\n    rows\n    created\n    updated\n    unchanged\n    rejected {\n      line\n      column\n      message\n    }\n  }\n": typeof types.CatalogueImportReportFragmentDoc,
    "\n  mutation ImportCatalogueCsv($slug: String!, $kind: CatalogueKind!, $csv: String!, $dryRun: Boolean!) {\n    importCatalogueCsv(communitySlug: $slug, kind: $kind, csv: $csv, dryRun: $dryRun) {\n      ...CatalogueImportReport\n    }\n  }\n": typeof types.ImportCatalogueCsvDocument,
    "\n  query CommunitySurveySettings($slug: String!) {\n    surveyLimits {\n      maxInterests\n      maxTies\n    }\n    community(slug: $slug) {\n      id\n      name\n      surveySettings {\n        ...SurveySettings\n      }\n    }\n    workshops(communitySlug: $slug) {\n      id\n      code\n      status\n    }\n  }\n": typeof types.CommunitySurveySettingsDocument,
    "\n  mutation UpdateSurveySettings($slug: String!, $input: SurveySettingsInput!) {\n    updateSurveySettings(communitySlug: $slug, input: $input) {\n      ...SurveySettings\n    }\n  }\n": typeof types.UpdateSurveySettingsDocument,
    "\n  fragment Bridge on Bridge {\n    personId\n    name\n    betweenness\n    clustersSpanned\n  }\n": typeof types.BridgeFragmentDoc,
    "\n  fragment InterestCount on InterestCount {\n    interest {\n      id\n      name\n    }\n    count\n  }\n": typeof types.InterestCountFragmentDoc,
    "\n  fragment Cluster on Cluster {\n    id\n    name\n    memberIds\n    internalTies\n    externalTies\n    density\n    tiesTo {\n      clusterId\n      ties\n    }\n    coordinatorIds\n    peripheralCount\n    peripheralIds\n    organizationCount\n    topOffered {\n      ...InterestCount\n    }\n    topSought {\n      ...InterestCount\n    }\n  }\n": typeof types.ClusterFragmentDoc,
    "\n  fragment NetworkFigures on NetworkFigures {\n    people\n    ties\n    density\n    components\n    isolates\n    isolateIds\n    crossRegionShare\n    modularity\n    regionModularity\n    detectedModularity\n    bridgesCertainty {\n      level\n      sources\n      agreement\n      refining\n    }\n  }\n": typeof types.NetworkFiguresFragmentDoc,
    "\n  query ClusterMap($slug: String!, $groupBy: ClusterGrouping!, $interestId: ID, $asOf: String) {\n    community(slug: $slug) {\n      clusterMap(groupBy: $groupBy, interestId: $interestId, asOf: $asOf) {\n        groupBy\n        clusters {\n          ...Cluster\n        }\n        network {\n          ...NetworkFigures\n        }\n        bridges {\n          ...Bridge\n        }\n      }\n    }\n  }\n": typeof types.ClusterMapDocument,
    "\n  query Communities {\n    communities {\n      slug\n      name\n      description\n      peopleCount\n    }\n  }\n": typeof types.CommunitiesDocument,
    "\n  query CommunityMap($slug: String!, $publicView: Boolean = false) {\n    community(slug: $slug) {\n      name\n      defaultLanguage\n      description\n      interests {\n        id\n        name\n        nameEs\n        nameEn\n      }\n      map(publicView: $publicView) {\n        ...CommunityMapData\n      }\n    }\n  }\n": typeof types.CommunityMapDocument,
    "\n  query HomePublic {\n    demo {\n      ...SharedCommunity\n    }\n    needsFirstAdmin\n  }\n": typeof types.HomePublicDocument,
    "\n  fragment ChangedGap on RegionalGap {\n    interest {\n      name\n      nameEs\n      nameEn\n    }\n    region {\n      name\n    }\n  }\n": typeof types.ChangedGapFragmentDoc,
    "\n  query Growth($slug: String!, $since: String!) {\n    community(slug: $slug) {\n      name\n      defaultLanguage\n      snapshots {\n        id\n        takenAt\n        workshopTitle\n        people\n        ties\n        density\n        components\n        isolates\n        crossRegionShare\n        regionModularity\n        detectedModularity\n        participation {\n          coordinators\n          active\n          peripheral\n          moved\n        }\n        openGaps {\n          interest {\n            id\n          }\n        }\n      }\n      changes(since: $since, first: 20) {\n        newPeople {\n          id\n          name\n        }\n        newPeopleCount\n        newTieCount\n        newCrossRegionTieCount\n        newBridges {\n          id\n          name\n        }\n        gapsClosed {\n          ...ChangedGap\n        }\n        gapsOpened {\n          ...ChangedGap\n        }\n      }\n    }\n  }\n": typeof types.GrowthDocument,
    "\n  query ReplayMoments($slug: String!) {\n    community(slug: $slug) {\n      snapshots {\n        id\n        takenAt\n        trigger\n        workshopTitle\n        workshopDate\n      }\n    }\n  }\n": typeof types.ReplayMomentsDocument,
    "\n  query MapAsOf($slug: String!, $asOf: String!) {\n    community(slug: $slug) {\n      map(asOf: $asOf) {\n        ...CommunityMapData\n      }\n    }\n  }\n": typeof types.MapAsOfDocument,
    "\n  fragment MapPerson on MapPerson {\n    id\n    name\n    regionId\n    organization\n    participation\n    listed\n    offerIds\n    seekIds\n  }\n": typeof types.MapPersonFragmentDoc,
    "\n  fragment MapTie on MapTie {\n    id\n    source\n    target\n  }\n": typeof types.MapTieFragmentDoc,
    "\n  fragment CommunityMapData on CommunityMap {\n    regions {\n      id\n      name\n      latitude\n      longitude\n    }\n    people {\n      ...MapPerson\n    }\n    ties {\n      ...MapTie\n    }\n  }\n": typeof types.CommunityMapDataFragmentDoc,
    "\n  fragment PersonProfile on Person {\n    ...PersonCard\n    offers {\n      ...InterestRef\n    }\n    seeks {\n      ...InterestRef\n    }\n  }\n": typeof types.PersonProfileFragmentDoc,
    "\n  fragment InterestRef on Interest {\n    id\n    name\n    nameEs\n    nameEn\n  }\n": typeof types.InterestRefFragmentDoc,
    "\n  fragment InterestGap on InterestGap {\n    region {\n      id\n      name\n    }\n    seekers {\n      ...PersonCard\n    }\n    nearestOfferers {\n      hops\n      person {\n        ...PersonCard\n      }\n    }\n  }\n": typeof types.InterestGapFragmentDoc,
    "\n  fragment PersonCard on Person {\n    id\n    name\n    role\n    participation\n    organization {\n      id\n      name\n    }\n    region {\n      id\n      name\n    }\n  }\n": typeof types.PersonCardFragmentDoc,
    "\n  fragment PeerSuggestion on PeerSuggestion {\n    person {\n      ...PersonCard\n    }\n    score\n    parts {\n      complementarity\n      sharedRarity\n      proximity\n      region\n    }\n    theyOffer {\n      ...InterestRef\n    }\n    youOffer {\n      ...InterestRef\n    }\n    shared {\n      ...InterestRef\n    }\n    mutualContacts {\n      id\n      name\n    }\n    reasons(language: $language)\n  }\n": typeof types.PeerSuggestionFragmentDoc,
    "\n  query PeerFinder($slug: String!) {\n    community(slug: $slug) {\n      name\n      defaultLanguage\n      map {\n        ...CommunityMapData\n      }\n      organizations {\n        id\n        name\n      }\n      interests {\n        ...InterestRef\n      }\n    }\n  }\n": typeof types.PeerFinderDocument,
    "\n  query SearchPeople($slug: String!, $search: PeopleSearch!, $first: Int, $after: String) {\n    community(slug: $slug) {\n      searchPeople(search: $search, first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          match\n          node {\n            ...PersonProfile\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.SearchPeopleDocument,
    "\n  query PersonProfile($slug: String!, $id: ID!) {\n    community(slug: $slug) {\n      person(id: $id) {\n        ...PersonProfile\n      }\n    }\n  }\n": typeof types.PersonProfileDocument,
    "\n  query PeerSuggestions($slug: String!, $personId: ID!, $first: Int, $preference: RegionPreference, $language: ReasonLanguage) {\n    community(slug: $slug) {\n      person(id: $personId) {\n        ...PersonProfile\n      }\n      peerSuggestions(personId: $personId, first: $first, preference: $preference) {\n        ...PeerSuggestion\n      }\n    }\n  }\n": typeof types.PeerSuggestionsDocument,
    "\n  query IntroductionPath($slug: String!, $fromId: ID!, $toId: ID!) {\n    community(slug: $slug) {\n      introductionPath(fromId: $fromId, toId: $toId) {\n        ...PersonCard\n      }\n    }\n  }\n": typeof types.IntroductionPathDocument,
    "\n  query InterestPage($slug: String!, $id: ID!) {\n    community(slug: $slug) {\n      defaultLanguage\n      name\n      interestPage(id: $id) {\n        interest {\n          ...InterestRef\n          synonyms\n        }\n        offeredBy {\n          ...PersonCard\n        }\n        soughtBy {\n          ...PersonCard\n        }\n        regions {\n          region {\n            id\n            name\n          }\n          offerers\n          seekers\n        }\n        gaps {\n          ...InterestGap\n        }\n      }\n    }\n  }\n": typeof types.InterestPageDocument,
    "\n  query MyPeerSuggestions($token: String!, $first: Int, $language: ReasonLanguage) {\n    myRecord(token: $token) {\n      peerSuggestions(first: $first) {\n        person {\n          id\n          name\n        }\n        reasons(language: $language)\n      }\n    }\n  }\n": typeof types.MyPeerSuggestionsDocument,
    "\n  query AdminCommunities {\n    communities(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      defaultLanguage\n      archived\n      peopleCount\n    }\n  }\n": typeof types.AdminCommunitiesDocument,
    "\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      slug\n    }\n  }\n": typeof types.CreateCommunityDocument,
    "\n  mutation SetCommunityArchived($slug: String!, $archived: Boolean!) {\n    setCommunityArchived(slug: $slug, archived: $archived) {\n      slug\n      archived\n    }\n  }\n": typeof types.SetCommunityArchivedDocument,
    "\n  fragment SettingsRegion on Region {\n    id\n    name\n    peopleCount\n    latitude\n    longitude\n    parent {\n      id\n      name\n    }\n  }\n": typeof types.SettingsRegionFragmentDoc,
    "\n  query CommunitySettings($slug: String!) {\n    community(slug: $slug) {\n      id\n      slug\n      name\n      description\n      defaultLanguage\n      contact\n      archived\n      regions {\n        ...SettingsRegion\n      }\n      facilitators {\n        id\n        email\n        role\n      }\n      invitations {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n": typeof types.CommunitySettingsDocument,
    "\n  mutation UpdateCommunity($slug: String!, $input: UpdateCommunityInput!) {\n    updateCommunity(slug: $slug, input: $input) {\n      slug\n    }\n  }\n": typeof types.UpdateCommunityDocument,
    "\n  mutation CreateRegion($communitySlug: String!, $input: RegionInput!) {\n    createRegion(communitySlug: $communitySlug, input: $input) {\n      id\n    }\n  }\n": typeof types.CreateRegionDocument,
    "\n  mutation UpdateRegion($id: ID!, $input: RegionInput!) {\n    updateRegion(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateRegionDocument,
    "\n  mutation ReorderRegions($communitySlug: String!, $ids: [ID!]!) {\n    reorderRegions(communitySlug: $communitySlug, ids: $ids) {\n      id\n    }\n  }\n": typeof types.ReorderRegionsDocument,
    "\n  mutation MergeRegions($survivorId: ID!, $duplicateId: ID!) {\n    mergeRegions(survivorId: $survivorId, duplicateId: $duplicateId) {\n      id\n    }\n  }\n": typeof types.MergeRegionsDocument,
    "\n  mutation DeleteRegion($id: ID!) {\n    deleteRegion(id: $id)\n  }\n": typeof types.DeleteRegionDocument,
    "\n  mutation InviteFacilitator($communitySlug: String!, $email: String!) {\n    inviteFacilitator(communitySlug: $communitySlug, email: $email) {\n      path\n      expiresAt\n    }\n  }\n": typeof types.InviteFacilitatorDocument,
    "\n  mutation RevokeInvitation($communitySlug: String!, $invitationId: ID!) {\n    revokeInvitation(communitySlug: $communitySlug, invitationId: $invitationId)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation RemoveFacilitator($communitySlug: String!, $userId: ID!) {\n    removeFacilitator(communitySlug: $communitySlug, userId: $userId)\n  }\n": typeof types.RemoveFacilitatorDocument,
    "\n  mutation IssuePasswordReset($email: String!) {\n    issuePasswordReset(email: $email) {\n      path\n      expiresAt\n    }\n  }\n": typeof types.IssuePasswordResetDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      status\n      communityName\n      email\n      accountExists\n      expiresAt\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...Me\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query PasswordReset($token: String!) {\n    passwordReset(token: $token) {\n      status\n      email\n    }\n  }\n": typeof types.PasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      ...Me\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query NeedsFirstAdmin {\n    needsFirstAdmin\n  }\n": typeof types.NeedsFirstAdminDocument,
    "\n  mutation CreateFirstAdmin($setupToken: String!, $email: String!, $password: String!) {\n    createFirstAdmin(setupToken: $setupToken, email: $email, password: $password) {\n      ...Me\n    }\n  }\n": typeof types.CreateFirstAdminDocument,
    "\n  fragment SharedCommunity on SharedCommunity {\n    path\n    communitySlug\n    communityName\n  }\n": typeof types.SharedCommunityFragmentDoc,
    "\n  query ShareLink($token: String!) {\n    shareLink(token: $token) {\n      ...SharedCommunity\n    }\n  }\n": typeof types.ShareLinkDocument,
    "\n  query ShareLinkStatus($slug: String!) {\n    community(slug: $slug) {\n      slug\n      shareLinks {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.ShareLinkStatusDocument,
    "\n  mutation CreateShareLink($communitySlug: String!, $name: String) {\n    createShareLink(communitySlug: $communitySlug, name: $name) {\n      ...SharedCommunity\n    }\n  }\n": typeof types.CreateShareLinkDocument,
    "\n  mutation RevokeShareLink($communitySlug: String!, $id: ID!) {\n    revokeShareLink(communitySlug: $communitySlug, id: $id)\n  }\n": typeof types.RevokeShareLinkDocument,
    "\n  fragment InterestOption on Interest {\n    id\n    name\n    nameEs\n    nameEn\n    synonyms\n  }\n": typeof types.InterestOptionFragmentDoc,
    "\n  fragment SurveyLimits on SurveyLimits {\n    maxTextLength\n    maxInterests\n    maxTies\n  }\n": typeof types.SurveyLimitsFragmentDoc,
    "\n  fragment PersonHint on PersonHint {\n    id\n    name\n    organization\n  }\n": typeof types.PersonHintFragmentDoc,
    "\n  fragment SurveySettings on SurveySettings {\n    introEs\n    introEn\n    consentEs\n    consentEn\n    askEmail\n    askRole\n    askOrganization\n    askTies\n    maxInterests\n    maxTies\n  }\n": typeof types.SurveySettingsFragmentDoc,
    "\n  fragment WorkshopJoinInfo on WorkshopJoinInfo {\n    code\n    title\n    date\n    status\n    communityName\n    communityLanguage\n    region {\n      id\n      name\n    }\n    regions {\n      id\n      name\n    }\n    organizations {\n      id\n      name\n    }\n    interests {\n      ...InterestOption\n    }\n    surveySettings {\n      ...SurveySettings\n    }\n  }\n": typeof types.WorkshopJoinInfoFragmentDoc,
    "\n  query SurveyJoin($code: String!) {\n    surveyLimits {\n      ...SurveyLimits\n    }\n    workshop(code: $code) {\n      ...WorkshopJoinInfo\n    }\n  }\n": typeof types.SurveyJoinDocument,
    "\n  query SurveyPeopleSearch($code: String!, $search: String!) {\n    workshop(code: $code) {\n      people(search: $search) {\n        ...PersonHint\n      }\n    }\n  }\n": typeof types.SurveyPeopleSearchDocument,
    "\n  fragment SurveyReceipt on SurveyReceipt {\n    personId\n    privateToken\n  }\n": typeof types.SurveyReceiptFragmentDoc,
    "\n  mutation SubmitSurvey($code: String!, $input: SurveyInput!) {\n    submitSurvey(code: $code, input: $input) {\n      ...SurveyReceipt\n    }\n  }\n": typeof types.SubmitSurveyDocument,
    "\n  fragment ReportedTie on ReportedTie {\n    personId\n    name\n    organization\n  }\n": typeof types.ReportedTieFragmentDoc,
    "\n  fragment MyRecord on MyRecord {\n    communityName\n    workshopCode\n    reportedTies {\n      ...ReportedTie\n    }\n    person {\n      id\n      name\n      email\n      role\n      consent {\n        listed\n        contactable\n      }\n      organization {\n        id\n        name\n      }\n      region {\n        id\n        name\n      }\n      offers {\n        ...InterestOption\n      }\n      seeks {\n        ...InterestOption\n      }\n      knows {\n        reportedById\n        confirmed\n        person {\n          id\n          name\n          organization {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyRecordFragmentDoc,
    "\n  query MyRecord($token: String!) {\n    surveyLimits {\n      ...SurveyLimits\n    }\n    myRecord(token: $token) {\n      ...MyRecord\n    }\n  }\n": typeof types.MyRecordDocument,
    "\n  mutation UpdateMyRecord($token: String!, $input: SurveyInput!) {\n    updateMyRecord(token: $token, input: $input) {\n      ...MyRecord\n    }\n  }\n": typeof types.UpdateMyRecordDocument,
    "\n  mutation EraseMyRecord($token: String!) {\n    eraseMyRecord(token: $token)\n  }\n": typeof types.EraseMyRecordDocument,
    "\n  query MyRecordExport($token: String!) {\n    myRecordExport(token: $token)\n  }\n": typeof types.MyRecordExportDocument,
    "\n  fragment CurationResponse on WorkshopResponse {\n    submittedAt\n    person {\n      id\n      name\n      email\n      role\n      consent {\n        listed\n        contactable\n      }\n      organization {\n        name\n      }\n      region {\n        name\n      }\n      offers {\n        id\n        name\n      }\n      seeks {\n        id\n        name\n      }\n    }\n    namedTies {\n      name\n      organization\n      matched\n      person {\n        id\n      }\n    }\n    possibleDuplicates {\n      reasons\n      person {\n        id\n        name\n        email\n        organization {\n          name\n        }\n        region {\n          name\n        }\n      }\n    }\n  }\n": typeof types.CurationResponseFragmentDoc,
    "\n  fragment WorkshopSummary on Workshop {\n    id\n    code\n    joinPath\n    title\n    date\n    status\n    responseCount\n    region {\n      name\n    }\n  }\n": typeof types.WorkshopSummaryFragmentDoc,
    "\n  query FacilitatedCommunity($slug: String!) {\n    community(slug: $slug) {\n      slug\n      name\n      regions {\n        id\n        name\n      }\n    }\n    workshops(communitySlug: $slug) {\n      ...WorkshopSummary\n    }\n  }\n": typeof types.FacilitatedCommunityDocument,
    "\n  mutation CreateWorkshop($communitySlug: String!, $input: CreateWorkshopInput!) {\n    createWorkshop(communitySlug: $communitySlug, input: $input) {\n      ...WorkshopSummary\n    }\n  }\n": typeof types.CreateWorkshopDocument,
    "\n  mutation SetWorkshopStatus($id: ID!, $status: WorkshopStatus!) {\n    setWorkshopStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n": typeof types.SetWorkshopStatusDocument,
    "\n  fragment ProjectorWorkshop on Workshop {\n    id\n    code\n    joinPath\n    title\n    date\n    status\n    communitySlug\n    communityLanguage\n    responseCount\n    region {\n      name\n    }\n    # Listed people only: the projector is a public screen.\n    listedArrivals {\n      ...MapPerson\n    }\n  }\n": typeof types.ProjectorWorkshopFragmentDoc,
    "\n  query ProjectorWorkshop($id: ID!) {\n    workshopById(id: $id) {\n      ...ProjectorWorkshop\n    }\n  }\n": typeof types.ProjectorWorkshopDocument,
    "\n  fragment WorkshopActivity on WorkshopActivity {\n    responseCount\n    person {\n      ...MapPerson\n    }\n    ties {\n      ...MapTie\n    }\n  }\n": typeof types.WorkshopActivityFragmentDoc,
    "\n  subscription WorkshopActivity($code: String!) {\n    workshopActivity(code: $code) {\n      ...WorkshopActivity\n    }\n  }\n": typeof types.WorkshopActivityDocument,
    "\n  query CurationWorkshop($id: ID!) {\n    workshopById(id: $id) {\n      id\n      code\n      title\n      date\n      status\n      communitySlug\n      responseCount\n      responses {\n        ...CurationResponse\n      }\n    }\n  }\n": typeof types.CurationWorkshopDocument,
    "\n  query CurationVocabulary($slug: String!) {\n    community(slug: $slug) {\n      name\n      interests {\n        id\n        name\n        synonyms\n      }\n      organizations {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CurationVocabularyDocument,
    "\n  mutation Merge($kind: MergeKind!, $survivorId: ID!, $duplicateId: ID!, $choices: [PersonMergeChoice!]) {\n    merge(kind: $kind, survivorId: $survivorId, duplicateId: $duplicateId, choices: $choices)\n  }\n": typeof types.MergeDocument,
    "\n  query PersonMergePreview($survivorId: ID!, $duplicateId: ID!, $choices: [PersonMergeChoice!]) {\n    personMergePreview(survivorId: $survivorId, duplicateId: $duplicateId, choices: $choices) {\n      fields {\n        field\n        survivorValue\n        duplicateValue\n        differs\n        side\n      }\n      name\n      email\n      role\n      organization\n      region\n      consent {\n        listed\n        contactable\n      }\n      survivor {\n        consent {\n          listed\n          contactable\n        }\n      }\n      duplicate {\n        consent {\n          listed\n          contactable\n        }\n      }\n      offers\n      seeks\n      tieCount\n    }\n  }\n": typeof types.PersonMergePreviewDocument,
    "\n  fragment ImportReport on ImportReport {\n    dryRun\n    rows\n    created\n    matched\n    alreadyImported\n    rejected {\n      line\n      column\n      message\n    }\n    newOrganizations\n    newInterests\n  }\n": typeof types.ImportReportFragmentDoc,
    "\n  mutation ImportSurveyCsv($workshopId: ID!, $csv: String!, $dryRun: Boolean!) {\n    importSurveyCsv(workshopId: $workshopId, csv: $csv, dryRun: $dryRun) {\n      ...ImportReport\n    }\n  }\n": typeof types.ImportSurveyCsvDocument,
    "\n  fragment ImportProgress on ImportProgress {\n    processed\n    total\n  }\n": typeof types.ImportProgressFragmentDoc,
    "\n  subscription ImportProgress($workshopId: ID!) {\n    importProgress(workshopId: $workshopId) {\n      ...ImportProgress\n    }\n  }\n": typeof types.ImportProgressDocument,
    "\n  query JoinAddress {\n    joinAddress {\n      baseUrl\n      loopbackOnly\n    }\n  }\n": typeof types.JoinAddressDocument,
    "\n  query SurveyCsvTemplate($id: ID!) {\n    workshopById(id: $id) {\n      id\n      surveyCsvTemplate\n    }\n  }\n": typeof types.SurveyCsvTemplateDocument,
};
const documents: Documents = {
    "\n  fragment Me on User {\n    id\n    email\n    role\n    communities\n  }\n": types.MeFragmentDoc,
    "\n  query Me {\n    me {\n      ...Me\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...Me\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment CatalogueInterest on Interest {\n    id\n    name\n    nameEs\n    nameEn\n    synonyms\n    theme\n    curated\n  }\n": types.CatalogueInterestFragmentDoc,
    "\n  fragment CatalogueOrganization on Organization {\n    id\n    name\n    kind\n    curated\n    region {\n      id\n      name\n    }\n  }\n": types.CatalogueOrganizationFragmentDoc,
    "\n  query Catalogue($slug: String!) {\n    community(slug: $slug) {\n      id\n      slug\n      name\n      regions {\n        id\n        name\n      }\n      organizations {\n        ...CatalogueOrganization\n      }\n      interests {\n        ...CatalogueInterest\n      }\n    }\n  }\n": types.CatalogueDocument,
    "\n  mutation CreateInterest($slug: String!, $input: InterestInput!) {\n    createInterest(communitySlug: $slug, input: $input) {\n      ...CatalogueInterest\n    }\n  }\n": types.CreateInterestDocument,
    "\n  mutation UpdateInterest($id: ID!, $input: InterestInput!) {\n    updateInterest(id: $id, input: $input) {\n      ...CatalogueInterest\n    }\n  }\n": types.UpdateInterestDocument,
    "\n  mutation CreateOrganization($slug: String!, $input: OrganizationInput!) {\n    createOrganization(communitySlug: $slug, input: $input) {\n      ...CatalogueOrganization\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      ...CatalogueOrganization\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  fragment CatalogueImportReport on CatalogueImportReport {\n    dryRun\n    rows\n    created\n    updated\n    unchanged\n    rejected {\n      line\n      column\n      message\n    }\n  }\n": types.CatalogueImportReportFragmentDoc,
    "\n  mutation ImportCatalogueCsv($slug: String!, $kind: CatalogueKind!, $csv: String!, $dryRun: Boolean!) {\n    importCatalogueCsv(communitySlug: $slug, kind: $kind, csv: $csv, dryRun: $dryRun) {\n      ...CatalogueImportReport\n    }\n  }\n": types.ImportCatalogueCsvDocument,
    "\n  query CommunitySurveySettings($slug: String!) {\n    surveyLimits {\n      maxInterests\n      maxTies\n    }\n    community(slug: $slug) {\n      id\n      name\n      surveySettings {\n        ...SurveySettings\n      }\n    }\n    workshops(communitySlug: $slug) {\n      id\n      code\n      status\n    }\n  }\n": types.CommunitySurveySettingsDocument,
    "\n  mutation UpdateSurveySettings($slug: String!, $input: SurveySettingsInput!) {\n    updateSurveySettings(communitySlug: $slug, input: $input) {\n      ...SurveySettings\n    }\n  }\n": types.UpdateSurveySettingsDocument,
    "\n  fragment Bridge on Bridge {\n    personId\n    name\n    betweenness\n    clustersSpanned\n  }\n": types.BridgeFragmentDoc,
    "\n  fragment InterestCount on InterestCount {\n    interest {\n      id\n      name\n    }\n    count\n  }\n": types.InterestCountFragmentDoc,
    "\n  fragment Cluster on Cluster {\n    id\n    name\n    memberIds\n    internalTies\n    externalTies\n    density\n    tiesTo {\n      clusterId\n      ties\n    }\n    coordinatorIds\n    peripheralCount\n    peripheralIds\n    organizationCount\n    topOffered {\n      ...InterestCount\n    }\n    topSought {\n      ...InterestCount\n    }\n  }\n": types.ClusterFragmentDoc,
    "\n  fragment NetworkFigures on NetworkFigures {\n    people\n    ties\n    density\n    components\n    isolates\n    isolateIds\n    crossRegionShare\n    modularity\n    regionModularity\n    detectedModularity\n    bridgesCertainty {\n      level\n      sources\n      agreement\n      refining\n    }\n  }\n": types.NetworkFiguresFragmentDoc,
    "\n  query ClusterMap($slug: String!, $groupBy: ClusterGrouping!, $interestId: ID, $asOf: String) {\n    community(slug: $slug) {\n      clusterMap(groupBy: $groupBy, interestId: $interestId, asOf: $asOf) {\n        groupBy\n        clusters {\n          ...Cluster\n        }\n        network {\n          ...NetworkFigures\n        }\n        bridges {\n          ...Bridge\n        }\n      }\n    }\n  }\n": types.ClusterMapDocument,
    "\n  query Communities {\n    communities {\n      slug\n      name\n      description\n      peopleCount\n    }\n  }\n": types.CommunitiesDocument,
    "\n  query CommunityMap($slug: String!, $publicView: Boolean = false) {\n    community(slug: $slug) {\n      name\n      defaultLanguage\n      description\n      interests {\n        id\n        name\n        nameEs\n        nameEn\n      }\n      map(publicView: $publicView) {\n        ...CommunityMapData\n      }\n    }\n  }\n": types.CommunityMapDocument,
    "\n  query HomePublic {\n    demo {\n      ...SharedCommunity\n    }\n    needsFirstAdmin\n  }\n": types.HomePublicDocument,
    "\n  fragment ChangedGap on RegionalGap {\n    interest {\n      name\n      nameEs\n      nameEn\n    }\n    region {\n      name\n    }\n  }\n": types.ChangedGapFragmentDoc,
    "\n  query Growth($slug: String!, $since: String!) {\n    community(slug: $slug) {\n      name\n      defaultLanguage\n      snapshots {\n        id\n        takenAt\n        workshopTitle\n        people\n        ties\n        density\n        components\n        isolates\n        crossRegionShare\n        regionModularity\n        detectedModularity\n        participation {\n          coordinators\n          active\n          peripheral\n          moved\n        }\n        openGaps {\n          interest {\n            id\n          }\n        }\n      }\n      changes(since: $since, first: 20) {\n        newPeople {\n          id\n          name\n        }\n        newPeopleCount\n        newTieCount\n        newCrossRegionTieCount\n        newBridges {\n          id\n          name\n        }\n        gapsClosed {\n          ...ChangedGap\n        }\n        gapsOpened {\n          ...ChangedGap\n        }\n      }\n    }\n  }\n": types.GrowthDocument,
    "\n  query ReplayMoments($slug: String!) {\n    community(slug: $slug) {\n      snapshots {\n        id\n        takenAt\n        trigger\n        workshopTitle\n        workshopDate\n      }\n    }\n  }\n": types.ReplayMomentsDocument,
    "\n  query MapAsOf($slug: String!, $asOf: String!) {\n    community(slug: $slug) {\n      map(asOf: $asOf) {\n        ...CommunityMapData\n      }\n    }\n  }\n": types.MapAsOfDocument,
    "\n  fragment MapPerson on MapPerson {\n    id\n    name\n    regionId\n    organization\n    participation\n    listed\n    offerIds\n    seekIds\n  }\n": types.MapPersonFragmentDoc,
    "\n  fragment MapTie on MapTie {\n    id\n    source\n    target\n  }\n": types.MapTieFragmentDoc,
    "\n  fragment CommunityMapData on CommunityMap {\n    regions {\n      id\n      name\n      latitude\n      longitude\n    }\n    people {\n      ...MapPerson\n    }\n    ties {\n      ...MapTie\n    }\n  }\n": types.CommunityMapDataFragmentDoc,
    "\n  fragment PersonProfile on Person {\n    ...PersonCard\n    offers {\n      ...InterestRef\n    }\n    seeks {\n      ...InterestRef\n    }\n  }\n": types.PersonProfileFragmentDoc,
    "\n  fragment InterestRef on Interest {\n    id\n    name\n    nameEs\n    nameEn\n  }\n": types.InterestRefFragmentDoc,
    "\n  fragment InterestGap on InterestGap {\n    region {\n      id\n      name\n    }\n    seekers {\n      ...PersonCard\n    }\n    nearestOfferers {\n      hops\n      person {\n        ...PersonCard\n      }\n    }\n  }\n": types.InterestGapFragmentDoc,
    "\n  fragment PersonCard on Person {\n    id\n    name\n    role\n    participation\n    organization {\n      id\n      name\n    }\n    region {\n      id\n      name\n    }\n  }\n": types.PersonCardFragmentDoc,
    "\n  fragment PeerSuggestion on PeerSuggestion {\n    person {\n      ...PersonCard\n    }\n    score\n    parts {\n      complementarity\n      sharedRarity\n      proximity\n      region\n    }\n    theyOffer {\n      ...InterestRef\n    }\n    youOffer {\n      ...InterestRef\n    }\n    shared {\n      ...InterestRef\n    }\n    mutualContacts {\n      id\n      name\n    }\n    reasons(language: $language)\n  }\n": types.PeerSuggestionFragmentDoc,
    "\n  query PeerFinder($slug: String!) {\n    community(slug: $slug) {\n      name\n      defaultLanguage\n      map {\n        ...CommunityMapData\n      }\n      organizations {\n        id\n        name\n      }\n      interests {\n        ...InterestRef\n      }\n    }\n  }\n": types.PeerFinderDocument,
    "\n  query SearchPeople($slug: String!, $search: PeopleSearch!, $first: Int, $after: String) {\n    community(slug: $slug) {\n      searchPeople(search: $search, first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          match\n          node {\n            ...PersonProfile\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.SearchPeopleDocument,
    "\n  query PersonProfile($slug: String!, $id: ID!) {\n    community(slug: $slug) {\n      person(id: $id) {\n        ...PersonProfile\n      }\n    }\n  }\n": types.PersonProfileDocument,
    "\n  query PeerSuggestions($slug: String!, $personId: ID!, $first: Int, $preference: RegionPreference, $language: ReasonLanguage) {\n    community(slug: $slug) {\n      person(id: $personId) {\n        ...PersonProfile\n      }\n      peerSuggestions(personId: $personId, first: $first, preference: $preference) {\n        ...PeerSuggestion\n      }\n    }\n  }\n": types.PeerSuggestionsDocument,
    "\n  query IntroductionPath($slug: String!, $fromId: ID!, $toId: ID!) {\n    community(slug: $slug) {\n      introductionPath(fromId: $fromId, toId: $toId) {\n        ...PersonCard\n      }\n    }\n  }\n": types.IntroductionPathDocument,
    "\n  query InterestPage($slug: String!, $id: ID!) {\n    community(slug: $slug) {\n      defaultLanguage\n      name\n      interestPage(id: $id) {\n        interest {\n          ...InterestRef\n          synonyms\n        }\n        offeredBy {\n          ...PersonCard\n        }\n        soughtBy {\n          ...PersonCard\n        }\n        regions {\n          region {\n            id\n            name\n          }\n          offerers\n          seekers\n        }\n        gaps {\n          ...InterestGap\n        }\n      }\n    }\n  }\n": types.InterestPageDocument,
    "\n  query MyPeerSuggestions($token: String!, $first: Int, $language: ReasonLanguage) {\n    myRecord(token: $token) {\n      peerSuggestions(first: $first) {\n        person {\n          id\n          name\n        }\n        reasons(language: $language)\n      }\n    }\n  }\n": types.MyPeerSuggestionsDocument,
    "\n  query AdminCommunities {\n    communities(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      defaultLanguage\n      archived\n      peopleCount\n    }\n  }\n": types.AdminCommunitiesDocument,
    "\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      slug\n    }\n  }\n": types.CreateCommunityDocument,
    "\n  mutation SetCommunityArchived($slug: String!, $archived: Boolean!) {\n    setCommunityArchived(slug: $slug, archived: $archived) {\n      slug\n      archived\n    }\n  }\n": types.SetCommunityArchivedDocument,
    "\n  fragment SettingsRegion on Region {\n    id\n    name\n    peopleCount\n    latitude\n    longitude\n    parent {\n      id\n      name\n    }\n  }\n": types.SettingsRegionFragmentDoc,
    "\n  query CommunitySettings($slug: String!) {\n    community(slug: $slug) {\n      id\n      slug\n      name\n      description\n      defaultLanguage\n      contact\n      archived\n      regions {\n        ...SettingsRegion\n      }\n      facilitators {\n        id\n        email\n        role\n      }\n      invitations {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n": types.CommunitySettingsDocument,
    "\n  mutation UpdateCommunity($slug: String!, $input: UpdateCommunityInput!) {\n    updateCommunity(slug: $slug, input: $input) {\n      slug\n    }\n  }\n": types.UpdateCommunityDocument,
    "\n  mutation CreateRegion($communitySlug: String!, $input: RegionInput!) {\n    createRegion(communitySlug: $communitySlug, input: $input) {\n      id\n    }\n  }\n": types.CreateRegionDocument,
    "\n  mutation UpdateRegion($id: ID!, $input: RegionInput!) {\n    updateRegion(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateRegionDocument,
    "\n  mutation ReorderRegions($communitySlug: String!, $ids: [ID!]!) {\n    reorderRegions(communitySlug: $communitySlug, ids: $ids) {\n      id\n    }\n  }\n": types.ReorderRegionsDocument,
    "\n  mutation MergeRegions($survivorId: ID!, $duplicateId: ID!) {\n    mergeRegions(survivorId: $survivorId, duplicateId: $duplicateId) {\n      id\n    }\n  }\n": types.MergeRegionsDocument,
    "\n  mutation DeleteRegion($id: ID!) {\n    deleteRegion(id: $id)\n  }\n": types.DeleteRegionDocument,
    "\n  mutation InviteFacilitator($communitySlug: String!, $email: String!) {\n    inviteFacilitator(communitySlug: $communitySlug, email: $email) {\n      path\n      expiresAt\n    }\n  }\n": types.InviteFacilitatorDocument,
    "\n  mutation RevokeInvitation($communitySlug: String!, $invitationId: ID!) {\n    revokeInvitation(communitySlug: $communitySlug, invitationId: $invitationId)\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation RemoveFacilitator($communitySlug: String!, $userId: ID!) {\n    removeFacilitator(communitySlug: $communitySlug, userId: $userId)\n  }\n": types.RemoveFacilitatorDocument,
    "\n  mutation IssuePasswordReset($email: String!) {\n    issuePasswordReset(email: $email) {\n      path\n      expiresAt\n    }\n  }\n": types.IssuePasswordResetDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      status\n      communityName\n      email\n      accountExists\n      expiresAt\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...Me\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query PasswordReset($token: String!) {\n    passwordReset(token: $token) {\n      status\n      email\n    }\n  }\n": types.PasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      ...Me\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query NeedsFirstAdmin {\n    needsFirstAdmin\n  }\n": types.NeedsFirstAdminDocument,
    "\n  mutation CreateFirstAdmin($setupToken: String!, $email: String!, $password: String!) {\n    createFirstAdmin(setupToken: $setupToken, email: $email, password: $password) {\n      ...Me\n    }\n  }\n": types.CreateFirstAdminDocument,
    "\n  fragment SharedCommunity on SharedCommunity {\n    path\n    communitySlug\n    communityName\n  }\n": types.SharedCommunityFragmentDoc,
    "\n  query ShareLink($token: String!) {\n    shareLink(token: $token) {\n      ...SharedCommunity\n    }\n  }\n": types.ShareLinkDocument,
    "\n  query ShareLinkStatus($slug: String!) {\n    community(slug: $slug) {\n      slug\n      shareLinks {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": types.ShareLinkStatusDocument,
    "\n  mutation CreateShareLink($communitySlug: String!, $name: String) {\n    createShareLink(communitySlug: $communitySlug, name: $name) {\n      ...SharedCommunity\n    }\n  }\n": types.CreateShareLinkDocument,
    "\n  mutation RevokeShareLink($communitySlug: String!, $id: ID!) {\n    revokeShareLink(communitySlug: $communitySlug, id: $id)\n  }\n": types.RevokeShareLinkDocument,
    "\n  fragment InterestOption on Interest {\n    id\n    name\n    nameEs\n    nameEn\n    synonyms\n  }\n": types.InterestOptionFragmentDoc,
    "\n  fragment SurveyLimits on SurveyLimits {\n    maxTextLength\n    maxInterests\n    maxTies\n  }\n": types.SurveyLimitsFragmentDoc,
    "\n  fragment PersonHint on PersonHint {\n    id\n    name\n    organization\n  }\n": types.PersonHintFragmentDoc,
    "\n  fragment SurveySettings on SurveySettings {\n    introEs\n    introEn\n    consentEs\n    consentEn\n    askEmail\n    askRole\n    askOrganization\n    askTies\n    maxInterests\n    maxTies\n  }\n": types.SurveySettingsFragmentDoc,
    "\n  fragment WorkshopJoinInfo on WorkshopJoinInfo {\n    code\n    title\n    date\n    status\n    communityName\n    communityLanguage\n    region {\n      id\n      name\n    }\n    regions {\n      id\n      name\n    }\n    organizations {\n      id\n      name\n    }\n    interests {\n      ...InterestOption\n    }\n    surveySettings {\n      ...SurveySettings\n    }\n  }\n": types.WorkshopJoinInfoFragmentDoc,
    "\n  query SurveyJoin($code: String!) {\n    surveyLimits {\n      ...SurveyLimits\n    }\n    workshop(code: $code) {\n      ...WorkshopJoinInfo\n    }\n  }\n": types.SurveyJoinDocument,
    "\n  query SurveyPeopleSearch($code: String!, $search: String!) {\n    workshop(code: $code) {\n      people(search: $search) {\n        ...PersonHint\n      }\n    }\n  }\n": types.SurveyPeopleSearchDocument,
    "\n  fragment SurveyReceipt on SurveyReceipt {\n    personId\n    privateToken\n  }\n": types.SurveyReceiptFragmentDoc,
    "\n  mutation SubmitSurvey($code: String!, $input: SurveyInput!) {\n    submitSurvey(code: $code, input: $input) {\n      ...SurveyReceipt\n    }\n  }\n": types.SubmitSurveyDocument,
    "\n  fragment ReportedTie on ReportedTie {\n    personId\n    name\n    organization\n  }\n": types.ReportedTieFragmentDoc,
    "\n  fragment MyRecord on MyRecord {\n    communityName\n    workshopCode\n    reportedTies {\n      ...ReportedTie\n    }\n    person {\n      id\n      name\n      email\n      role\n      consent {\n        listed\n        contactable\n      }\n      organization {\n        id\n        name\n      }\n      region {\n        id\n        name\n      }\n      offers {\n        ...InterestOption\n      }\n      seeks {\n        ...InterestOption\n      }\n      knows {\n        reportedById\n        confirmed\n        person {\n          id\n          name\n          organization {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyRecordFragmentDoc,
    "\n  query MyRecord($token: String!) {\n    surveyLimits {\n      ...SurveyLimits\n    }\n    myRecord(token: $token) {\n      ...MyRecord\n    }\n  }\n": types.MyRecordDocument,
    "\n  mutation UpdateMyRecord($token: String!, $input: SurveyInput!) {\n    updateMyRecord(token: $token, input: $input) {\n      ...MyRecord\n    }\n  }\n": types.UpdateMyRecordDocument,
    "\n  mutation EraseMyRecord($token: String!) {\n    eraseMyRecord(token: $token)\n  }\n": types.EraseMyRecordDocument,
    "\n  query MyRecordExport($token: String!) {\n    myRecordExport(token: $token)\n  }\n": types.MyRecordExportDocument,
    "\n  fragment CurationResponse on WorkshopResponse {\n    submittedAt\n    person {\n      id\n      name\n      email\n      role\n      consent {\n        listed\n        contactable\n      }\n      organization {\n        name\n      }\n      region {\n        name\n      }\n      offers {\n        id\n        name\n      }\n      seeks {\n        id\n        name\n      }\n    }\n    namedTies {\n      name\n      organization\n      matched\n      person {\n        id\n      }\n    }\n    possibleDuplicates {\n      reasons\n      person {\n        id\n        name\n        email\n        organization {\n          name\n        }\n        region {\n          name\n        }\n      }\n    }\n  }\n": types.CurationResponseFragmentDoc,
    "\n  fragment WorkshopSummary on Workshop {\n    id\n    code\n    joinPath\n    title\n    date\n    status\n    responseCount\n    region {\n      name\n    }\n  }\n": types.WorkshopSummaryFragmentDoc,
    "\n  query FacilitatedCommunity($slug: String!) {\n    community(slug: $slug) {\n      slug\n      name\n      regions {\n        id\n        name\n      }\n    }\n    workshops(communitySlug: $slug) {\n      ...WorkshopSummary\n    }\n  }\n": types.FacilitatedCommunityDocument,
    "\n  mutation CreateWorkshop($communitySlug: String!, $input: CreateWorkshopInput!) {\n    createWorkshop(communitySlug: $communitySlug, input: $input) {\n      ...WorkshopSummary\n    }\n  }\n": types.CreateWorkshopDocument,
    "\n  mutation SetWorkshopStatus($id: ID!, $status: WorkshopStatus!) {\n    setWorkshopStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n": types.SetWorkshopStatusDocument,
    "\n  fragment ProjectorWorkshop on Workshop {\n    id\n    code\n    joinPath\n    title\n    date\n    status\n    communitySlug\n    communityLanguage\n    responseCount\n    region {\n      name\n    }\n    # Listed people only: the projector is a public screen.\n    listedArrivals {\n      ...MapPerson\n    }\n  }\n": types.ProjectorWorkshopFragmentDoc,
    "\n  query ProjectorWorkshop($id: ID!) {\n    workshopById(id: $id) {\n      ...ProjectorWorkshop\n    }\n  }\n": types.ProjectorWorkshopDocument,
    "\n  fragment WorkshopActivity on WorkshopActivity {\n    responseCount\n    person {\n      ...MapPerson\n    }\n    ties {\n      ...MapTie\n    }\n  }\n": types.WorkshopActivityFragmentDoc,
    "\n  subscription WorkshopActivity($code: String!) {\n    workshopActivity(code: $code) {\n      ...WorkshopActivity\n    }\n  }\n": types.WorkshopActivityDocument,
    "\n  query CurationWorkshop($id: ID!) {\n    workshopById(id: $id) {\n      id\n      code\n      title\n      date\n      status\n      communitySlug\n      responseCount\n      responses {\n        ...CurationResponse\n      }\n    }\n  }\n": types.CurationWorkshopDocument,
    "\n  query CurationVocabulary($slug: String!) {\n    community(slug: $slug) {\n      name\n      interests {\n        id\n        name\n        synonyms\n      }\n      organizations {\n        id\n        name\n      }\n    }\n  }\n": types.CurationVocabularyDocument,
    "\n  mutation Merge($kind: MergeKind!, $survivorId: ID!, $duplicateId: ID!, $choices: [PersonMergeChoice!]) {\n    merge(kind: $kind, survivorId: $survivorId, duplicateId: $duplicateId, choices: $choices)\n  }\n": types.MergeDocument,
    "\n  query PersonMergePreview($survivorId: ID!, $duplicateId: ID!, $choices: [PersonMergeChoice!]) {\n    personMergePreview(survivorId: $survivorId, duplicateId: $duplicateId, choices: $choices) {\n      fields {\n        field\n        survivorValue\n        duplicateValue\n        differs\n        side\n      }\n      name\n      email\n      role\n      organization\n      region\n      consent {\n        listed\n        contactable\n      }\n      survivor {\n        consent {\n          listed\n          contactable\n        }\n      }\n      duplicate {\n        consent {\n          listed\n          contactable\n        }\n      }\n      offers\n      seeks\n      tieCount\n    }\n  }\n": types.PersonMergePreviewDocument,
    "\n  fragment ImportReport on ImportReport {\n    dryRun\n    rows\n    created\n    matched\n    alreadyImported\n    rejected {\n      line\n      column\n      message\n    }\n    newOrganizations\n    newInterests\n  }\n": types.ImportReportFragmentDoc,
    "\n  mutation ImportSurveyCsv($workshopId: ID!, $csv: String!, $dryRun: Boolean!) {\n    importSurveyCsv(workshopId: $workshopId, csv: $csv, dryRun: $dryRun) {\n      ...ImportReport\n    }\n  }\n": types.ImportSurveyCsvDocument,
    "\n  fragment ImportProgress on ImportProgress {\n    processed\n    total\n  }\n": types.ImportProgressFragmentDoc,
    "\n  subscription ImportProgress($workshopId: ID!) {\n    importProgress(workshopId: $workshopId) {\n      ...ImportProgress\n    }\n  }\n": types.ImportProgressDocument,
    "\n  query JoinAddress {\n    joinAddress {\n      baseUrl\n      loopbackOnly\n    }\n  }\n": types.JoinAddressDocument,
    "\n  query SurveyCsvTemplate($id: ID!) {\n    workshopById(id: $id) {\n      id\n      surveyCsvTemplate\n    }\n  }\n": types.SurveyCsvTemplateDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Me on User {\n    id\n    email\n    role\n    communities\n  }\n"): typeof import('./graphql').MeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...Me\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...Me\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogueInterest on Interest {\n    id\n    name\n    nameEs\n    nameEn\n    synonyms\n    theme\n    curated\n  }\n"): typeof import('./graphql').CatalogueInterestFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogueOrganization on Organization {\n    id\n    name\n    kind\n    curated\n    region {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CatalogueOrganizationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalogue($slug: String!) {\n    community(slug: $slug) {\n      id\n      slug\n      name\n      regions {\n        id\n        name\n      }\n      organizations {\n        ...CatalogueOrganization\n      }\n      interests {\n        ...CatalogueInterest\n      }\n    }\n  }\n"): typeof import('./graphql').CatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInterest($slug: String!, $input: InterestInput!) {\n    createInterest(communitySlug: $slug, input: $input) {\n      ...CatalogueInterest\n    }\n  }\n"): typeof import('./graphql').CreateInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInterest($id: ID!, $input: InterestInput!) {\n    updateInterest(id: $id, input: $input) {\n      ...CatalogueInterest\n    }\n  }\n"): typeof import('./graphql').UpdateInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($slug: String!, $input: OrganizationInput!) {\n    createOrganization(communitySlug: $slug, input: $input) {\n      ...CatalogueOrganization\n    }\n  }\n"): typeof import('./graphql').CreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      ...CatalogueOrganization\n    }\n  }\n"): typeof import('./graphql').UpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogueImportReport on CatalogueImportReport {\n    dryRun\n    rows\n    created\n    updated\n    unchanged\n    rejected {\n      line\n      column\n      message\n    }\n  }\n"): typeof import('./graphql').CatalogueImportReportFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCatalogueCsv($slug: String!, $kind: CatalogueKind!, $csv: String!, $dryRun: Boolean!) {\n    importCatalogueCsv(communitySlug: $slug, kind: $kind, csv: $csv, dryRun: $dryRun) {\n      ...CatalogueImportReport\n    }\n  }\n"): typeof import('./graphql').ImportCatalogueCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunitySurveySettings($slug: String!) {\n    surveyLimits {\n      maxInterests\n      maxTies\n    }\n    community(slug: $slug) {\n      id\n      name\n      surveySettings {\n        ...SurveySettings\n      }\n    }\n    workshops(communitySlug: $slug) {\n      id\n      code\n      status\n    }\n  }\n"): typeof import('./graphql').CommunitySurveySettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSurveySettings($slug: String!, $input: SurveySettingsInput!) {\n    updateSurveySettings(communitySlug: $slug, input: $input) {\n      ...SurveySettings\n    }\n  }\n"): typeof import('./graphql').UpdateSurveySettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Bridge on Bridge {\n    personId\n    name\n    betweenness\n    clustersSpanned\n  }\n"): typeof import('./graphql').BridgeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterestCount on InterestCount {\n    interest {\n      id\n      name\n    }\n    count\n  }\n"): typeof import('./graphql').InterestCountFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Cluster on Cluster {\n    id\n    name\n    memberIds\n    internalTies\n    externalTies\n    density\n    tiesTo {\n      clusterId\n      ties\n    }\n    coordinatorIds\n    peripheralCount\n    peripheralIds\n    organizationCount\n    topOffered {\n      ...InterestCount\n    }\n    topSought {\n      ...InterestCount\n    }\n  }\n"): typeof import('./graphql').ClusterFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkFigures on NetworkFigures {\n    people\n    ties\n    density\n    components\n    isolates\n    isolateIds\n    crossRegionShare\n    modularity\n    regionModularity\n    detectedModularity\n    bridgesCertainty {\n      level\n      sources\n      agreement\n      refining\n    }\n  }\n"): typeof import('./graphql').NetworkFiguresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterMap($slug: String!, $groupBy: ClusterGrouping!, $interestId: ID, $asOf: String) {\n    community(slug: $slug) {\n      clusterMap(groupBy: $groupBy, interestId: $interestId, asOf: $asOf) {\n        groupBy\n        clusters {\n          ...Cluster\n        }\n        network {\n          ...NetworkFigures\n        }\n        bridges {\n          ...Bridge\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ClusterMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Communities {\n    communities {\n      slug\n      name\n      description\n      peopleCount\n    }\n  }\n"): typeof import('./graphql').CommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityMap($slug: String!, $publicView: Boolean = false) {\n    community(slug: $slug) {\n      name\n      defaultLanguage\n      description\n      interests {\n        id\n        name\n        nameEs\n        nameEn\n      }\n      map(publicView: $publicView) {\n        ...CommunityMapData\n      }\n    }\n  }\n"): typeof import('./graphql').CommunityMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePublic {\n    demo {\n      ...SharedCommunity\n    }\n    needsFirstAdmin\n  }\n"): typeof import('./graphql').HomePublicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangedGap on RegionalGap {\n    interest {\n      name\n      nameEs\n      nameEn\n    }\n    region {\n      name\n    }\n  }\n"): typeof import('./graphql').ChangedGapFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Growth($slug: String!, $since: String!) {\n    community(slug: $slug) {\n      name\n      defaultLanguage\n      snapshots {\n        id\n        takenAt\n        workshopTitle\n        people\n        ties\n        density\n        components\n        isolates\n        crossRegionShare\n        regionModularity\n        detectedModularity\n        participation {\n          coordinators\n          active\n          peripheral\n          moved\n        }\n        openGaps {\n          interest {\n            id\n          }\n        }\n      }\n      changes(since: $since, first: 20) {\n        newPeople {\n          id\n          name\n        }\n        newPeopleCount\n        newTieCount\n        newCrossRegionTieCount\n        newBridges {\n          id\n          name\n        }\n        gapsClosed {\n          ...ChangedGap\n        }\n        gapsOpened {\n          ...ChangedGap\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GrowthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplayMoments($slug: String!) {\n    community(slug: $slug) {\n      snapshots {\n        id\n        takenAt\n        trigger\n        workshopTitle\n        workshopDate\n      }\n    }\n  }\n"): typeof import('./graphql').ReplayMomentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapAsOf($slug: String!, $asOf: String!) {\n    community(slug: $slug) {\n      map(asOf: $asOf) {\n        ...CommunityMapData\n      }\n    }\n  }\n"): typeof import('./graphql').MapAsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MapPerson on MapPerson {\n    id\n    name\n    regionId\n    organization\n    participation\n    listed\n    offerIds\n    seekIds\n  }\n"): typeof import('./graphql').MapPersonFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MapTie on MapTie {\n    id\n    source\n    target\n  }\n"): typeof import('./graphql').MapTieFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityMapData on CommunityMap {\n    regions {\n      id\n      name\n      latitude\n      longitude\n    }\n    people {\n      ...MapPerson\n    }\n    ties {\n      ...MapTie\n    }\n  }\n"): typeof import('./graphql').CommunityMapDataFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonProfile on Person {\n    ...PersonCard\n    offers {\n      ...InterestRef\n    }\n    seeks {\n      ...InterestRef\n    }\n  }\n"): typeof import('./graphql').PersonProfileFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterestRef on Interest {\n    id\n    name\n    nameEs\n    nameEn\n  }\n"): typeof import('./graphql').InterestRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterestGap on InterestGap {\n    region {\n      id\n      name\n    }\n    seekers {\n      ...PersonCard\n    }\n    nearestOfferers {\n      hops\n      person {\n        ...PersonCard\n      }\n    }\n  }\n"): typeof import('./graphql').InterestGapFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonCard on Person {\n    id\n    name\n    role\n    participation\n    organization {\n      id\n      name\n    }\n    region {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').PersonCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeerSuggestion on PeerSuggestion {\n    person {\n      ...PersonCard\n    }\n    score\n    parts {\n      complementarity\n      sharedRarity\n      proximity\n      region\n    }\n    theyOffer {\n      ...InterestRef\n    }\n    youOffer {\n      ...InterestRef\n    }\n    shared {\n      ...InterestRef\n    }\n    mutualContacts {\n      id\n      name\n    }\n    reasons(language: $language)\n  }\n"): typeof import('./graphql').PeerSuggestionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeerFinder($slug: String!) {\n    community(slug: $slug) {\n      name\n      defaultLanguage\n      map {\n        ...CommunityMapData\n      }\n      organizations {\n        id\n        name\n      }\n      interests {\n        ...InterestRef\n      }\n    }\n  }\n"): typeof import('./graphql').PeerFinderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPeople($slug: String!, $search: PeopleSearch!, $first: Int, $after: String) {\n    community(slug: $slug) {\n      searchPeople(search: $search, first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          match\n          node {\n            ...PersonProfile\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonProfile($slug: String!, $id: ID!) {\n    community(slug: $slug) {\n      person(id: $id) {\n        ...PersonProfile\n      }\n    }\n  }\n"): typeof import('./graphql').PersonProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeerSuggestions($slug: String!, $personId: ID!, $first: Int, $preference: RegionPreference, $language: ReasonLanguage) {\n    community(slug: $slug) {\n      person(id: $personId) {\n        ...PersonProfile\n      }\n      peerSuggestions(personId: $personId, first: $first, preference: $preference) {\n        ...PeerSuggestion\n      }\n    }\n  }\n"): typeof import('./graphql').PeerSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntroductionPath($slug: String!, $fromId: ID!, $toId: ID!) {\n    community(slug: $slug) {\n      introductionPath(fromId: $fromId, toId: $toId) {\n        ...PersonCard\n      }\n    }\n  }\n"): typeof import('./graphql').IntroductionPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterestPage($slug: String!, $id: ID!) {\n    community(slug: $slug) {\n      defaultLanguage\n      name\n      interestPage(id: $id) {\n        interest {\n          ...InterestRef\n          synonyms\n        }\n        offeredBy {\n          ...PersonCard\n        }\n        soughtBy {\n          ...PersonCard\n        }\n        regions {\n          region {\n            id\n            name\n          }\n          offerers\n          seekers\n        }\n        gaps {\n          ...InterestGap\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InterestPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPeerSuggestions($token: String!, $first: Int, $language: ReasonLanguage) {\n    myRecord(token: $token) {\n      peerSuggestions(first: $first) {\n        person {\n          id\n          name\n        }\n        reasons(language: $language)\n      }\n    }\n  }\n"): typeof import('./graphql').MyPeerSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCommunities {\n    communities(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      defaultLanguage\n      archived\n      peopleCount\n    }\n  }\n"): typeof import('./graphql').AdminCommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      slug\n    }\n  }\n"): typeof import('./graphql').CreateCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCommunityArchived($slug: String!, $archived: Boolean!) {\n    setCommunityArchived(slug: $slug, archived: $archived) {\n      slug\n      archived\n    }\n  }\n"): typeof import('./graphql').SetCommunityArchivedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SettingsRegion on Region {\n    id\n    name\n    peopleCount\n    latitude\n    longitude\n    parent {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').SettingsRegionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunitySettings($slug: String!) {\n    community(slug: $slug) {\n      id\n      slug\n      name\n      description\n      defaultLanguage\n      contact\n      archived\n      regions {\n        ...SettingsRegion\n      }\n      facilitators {\n        id\n        email\n        role\n      }\n      invitations {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n"): typeof import('./graphql').CommunitySettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommunity($slug: String!, $input: UpdateCommunityInput!) {\n    updateCommunity(slug: $slug, input: $input) {\n      slug\n    }\n  }\n"): typeof import('./graphql').UpdateCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRegion($communitySlug: String!, $input: RegionInput!) {\n    createRegion(communitySlug: $communitySlug, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegion($id: ID!, $input: RegionInput!) {\n    updateRegion(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderRegions($communitySlug: String!, $ids: [ID!]!) {\n    reorderRegions(communitySlug: $communitySlug, ids: $ids) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReorderRegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeRegions($survivorId: ID!, $duplicateId: ID!) {\n    mergeRegions(survivorId: $survivorId, duplicateId: $duplicateId) {\n      id\n    }\n  }\n"): typeof import('./graphql').MergeRegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRegion($id: ID!) {\n    deleteRegion(id: $id)\n  }\n"): typeof import('./graphql').DeleteRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteFacilitator($communitySlug: String!, $email: String!) {\n    inviteFacilitator(communitySlug: $communitySlug, email: $email) {\n      path\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').InviteFacilitatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($communitySlug: String!, $invitationId: ID!) {\n    revokeInvitation(communitySlug: $communitySlug, invitationId: $invitationId)\n  }\n"): typeof import('./graphql').RevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFacilitator($communitySlug: String!, $userId: ID!) {\n    removeFacilitator(communitySlug: $communitySlug, userId: $userId)\n  }\n"): typeof import('./graphql').RemoveFacilitatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuePasswordReset($email: String!) {\n    issuePasswordReset(email: $email) {\n      path\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').IssuePasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      status\n      communityName\n      email\n      accountExists\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').InvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...Me\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordReset($token: String!) {\n    passwordReset(token: $token) {\n      status\n      email\n    }\n  }\n"): typeof import('./graphql').PasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      ...Me\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsFirstAdmin {\n    needsFirstAdmin\n  }\n"): typeof import('./graphql').NeedsFirstAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFirstAdmin($setupToken: String!, $email: String!, $password: String!) {\n    createFirstAdmin(setupToken: $setupToken, email: $email, password: $password) {\n      ...Me\n    }\n  }\n"): typeof import('./graphql').CreateFirstAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedCommunity on SharedCommunity {\n    path\n    communitySlug\n    communityName\n  }\n"): typeof import('./graphql').SharedCommunityFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareLink($token: String!) {\n    shareLink(token: $token) {\n      ...SharedCommunity\n    }\n  }\n"): typeof import('./graphql').ShareLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareLinkStatus($slug: String!) {\n    community(slug: $slug) {\n      slug\n      shareLinks {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"): typeof import('./graphql').ShareLinkStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateShareLink($communitySlug: String!, $name: String) {\n    createShareLink(communitySlug: $communitySlug, name: $name) {\n      ...SharedCommunity\n    }\n  }\n"): typeof import('./graphql').CreateShareLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeShareLink($communitySlug: String!, $id: ID!) {\n    revokeShareLink(communitySlug: $communitySlug, id: $id)\n  }\n"): typeof import('./graphql').RevokeShareLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterestOption on Interest {\n    id\n    name\n    nameEs\n    nameEn\n    synonyms\n  }\n"): typeof import('./graphql').InterestOptionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyLimits on SurveyLimits {\n    maxTextLength\n    maxInterests\n    maxTies\n  }\n"): typeof import('./graphql').SurveyLimitsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonHint on PersonHint {\n    id\n    name\n    organization\n  }\n"): typeof import('./graphql').PersonHintFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveySettings on SurveySettings {\n    introEs\n    introEn\n    consentEs\n    consentEn\n    askEmail\n    askRole\n    askOrganization\n    askTies\n    maxInterests\n    maxTies\n  }\n"): typeof import('./graphql').SurveySettingsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkshopJoinInfo on WorkshopJoinInfo {\n    code\n    title\n    date\n    status\n    communityName\n    communityLanguage\n    region {\n      id\n      name\n    }\n    regions {\n      id\n      name\n    }\n    organizations {\n      id\n      name\n    }\n    interests {\n      ...InterestOption\n    }\n    surveySettings {\n      ...SurveySettings\n    }\n  }\n"): typeof import('./graphql').WorkshopJoinInfoFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyJoin($code: String!) {\n    surveyLimits {\n      ...SurveyLimits\n    }\n    workshop(code: $code) {\n      ...WorkshopJoinInfo\n    }\n  }\n"): typeof import('./graphql').SurveyJoinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyPeopleSearch($code: String!, $search: String!) {\n    workshop(code: $code) {\n      people(search: $search) {\n        ...PersonHint\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyPeopleSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyReceipt on SurveyReceipt {\n    personId\n    privateToken\n  }\n"): typeof import('./graphql').SurveyReceiptFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSurvey($code: String!, $input: SurveyInput!) {\n    submitSurvey(code: $code, input: $input) {\n      ...SurveyReceipt\n    }\n  }\n"): typeof import('./graphql').SubmitSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportedTie on ReportedTie {\n    personId\n    name\n    organization\n  }\n"): typeof import('./graphql').ReportedTieFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyRecord on MyRecord {\n    communityName\n    workshopCode\n    reportedTies {\n      ...ReportedTie\n    }\n    person {\n      id\n      name\n      email\n      role\n      consent {\n        listed\n        contactable\n      }\n      organization {\n        id\n        name\n      }\n      region {\n        id\n        name\n      }\n      offers {\n        ...InterestOption\n      }\n      seeks {\n        ...InterestOption\n      }\n      knows {\n        reportedById\n        confirmed\n        person {\n          id\n          name\n          organization {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRecord($token: String!) {\n    surveyLimits {\n      ...SurveyLimits\n    }\n    myRecord(token: $token) {\n      ...MyRecord\n    }\n  }\n"): typeof import('./graphql').MyRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyRecord($token: String!, $input: SurveyInput!) {\n    updateMyRecord(token: $token, input: $input) {\n      ...MyRecord\n    }\n  }\n"): typeof import('./graphql').UpdateMyRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseMyRecord($token: String!) {\n    eraseMyRecord(token: $token)\n  }\n"): typeof import('./graphql').EraseMyRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRecordExport($token: String!) {\n    myRecordExport(token: $token)\n  }\n"): typeof import('./graphql').MyRecordExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurationResponse on WorkshopResponse {\n    submittedAt\n    person {\n      id\n      name\n      email\n      role\n      consent {\n        listed\n        contactable\n      }\n      organization {\n        name\n      }\n      region {\n        name\n      }\n      offers {\n        id\n        name\n      }\n      seeks {\n        id\n        name\n      }\n    }\n    namedTies {\n      name\n      organization\n      matched\n      person {\n        id\n      }\n    }\n    possibleDuplicates {\n      reasons\n      person {\n        id\n        name\n        email\n        organization {\n          name\n        }\n        region {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CurationResponseFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkshopSummary on Workshop {\n    id\n    code\n    joinPath\n    title\n    date\n    status\n    responseCount\n    region {\n      name\n    }\n  }\n"): typeof import('./graphql').WorkshopSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilitatedCommunity($slug: String!) {\n    community(slug: $slug) {\n      slug\n      name\n      regions {\n        id\n        name\n      }\n    }\n    workshops(communitySlug: $slug) {\n      ...WorkshopSummary\n    }\n  }\n"): typeof import('./graphql').FacilitatedCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkshop($communitySlug: String!, $input: CreateWorkshopInput!) {\n    createWorkshop(communitySlug: $communitySlug, input: $input) {\n      ...WorkshopSummary\n    }\n  }\n"): typeof import('./graphql').CreateWorkshopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkshopStatus($id: ID!, $status: WorkshopStatus!) {\n    setWorkshopStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SetWorkshopStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectorWorkshop on Workshop {\n    id\n    code\n    joinPath\n    title\n    date\n    status\n    communitySlug\n    communityLanguage\n    responseCount\n    region {\n      name\n    }\n    # Listed people only: the projector is a public screen.\n    listedArrivals {\n      ...MapPerson\n    }\n  }\n"): typeof import('./graphql').ProjectorWorkshopFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectorWorkshop($id: ID!) {\n    workshopById(id: $id) {\n      ...ProjectorWorkshop\n    }\n  }\n"): typeof import('./graphql').ProjectorWorkshopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkshopActivity on WorkshopActivity {\n    responseCount\n    person {\n      ...MapPerson\n    }\n    ties {\n      ...MapTie\n    }\n  }\n"): typeof import('./graphql').WorkshopActivityFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WorkshopActivity($code: String!) {\n    workshopActivity(code: $code) {\n      ...WorkshopActivity\n    }\n  }\n"): typeof import('./graphql').WorkshopActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationWorkshop($id: ID!) {\n    workshopById(id: $id) {\n      id\n      code\n      title\n      date\n      status\n      communitySlug\n      responseCount\n      responses {\n        ...CurationResponse\n      }\n    }\n  }\n"): typeof import('./graphql').CurationWorkshopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationVocabulary($slug: String!) {\n    community(slug: $slug) {\n      name\n      interests {\n        id\n        name\n        synonyms\n      }\n      organizations {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CurationVocabularyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Merge($kind: MergeKind!, $survivorId: ID!, $duplicateId: ID!, $choices: [PersonMergeChoice!]) {\n    merge(kind: $kind, survivorId: $survivorId, duplicateId: $duplicateId, choices: $choices)\n  }\n"): typeof import('./graphql').MergeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonMergePreview($survivorId: ID!, $duplicateId: ID!, $choices: [PersonMergeChoice!]) {\n    personMergePreview(survivorId: $survivorId, duplicateId: $duplicateId, choices: $choices) {\n      fields {\n        field\n        survivorValue\n        duplicateValue\n        differs\n        side\n      }\n      name\n      email\n      role\n      organization\n      region\n      consent {\n        listed\n        contactable\n      }\n      survivor {\n        consent {\n          listed\n          contactable\n        }\n      }\n      duplicate {\n        consent {\n          listed\n          contactable\n        }\n      }\n      offers\n      seeks\n      tieCount\n    }\n  }\n"): typeof import('./graphql').PersonMergePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportReport on ImportReport {\n    dryRun\n    rows\n    created\n    matched\n    alreadyImported\n    rejected {\n      line\n      column\n      message\n    }\n    newOrganizations\n    newInterests\n  }\n"): typeof import('./graphql').ImportReportFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSurveyCsv($workshopId: ID!, $csv: String!, $dryRun: Boolean!) {\n    importSurveyCsv(workshopId: $workshopId, csv: $csv, dryRun: $dryRun) {\n      ...ImportReport\n    }\n  }\n"): typeof import('./graphql').ImportSurveyCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportProgress on ImportProgress {\n    processed\n    total\n  }\n"): typeof import('./graphql').ImportProgressFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ImportProgress($workshopId: ID!) {\n    importProgress(workshopId: $workshopId) {\n      ...ImportProgress\n    }\n  }\n"): typeof import('./graphql').ImportProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoinAddress {\n    joinAddress {\n      baseUrl\n      loopbackOnly\n    }\n  }\n"): typeof import('./graphql').JoinAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyCsvTemplate($id: ID!) {\n    workshopById(id: $id) {\n      id\n      surveyCsvTemplate\n    }\n  }\n"): typeof import('./graphql').SurveyCsvTemplateDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
