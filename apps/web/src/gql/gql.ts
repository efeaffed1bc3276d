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
    "\n  query SubjectEscalations($subjectType: EscalationSubject, $subjectId: ID, $covenantId: ID) {\n    escalations(subjectType: $subjectType, subjectId: $subjectId, covenantId: $covenantId, first: 100) {\n      id\n      number\n      subjectType\n      subjectId\n      status\n      responseDueOn\n      responseOverdue\n      findings\n      createdAt\n      respondent {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SubjectEscalationsDocument,
    "\n  mutation Escalate($subjectType: EscalationSubject!, $subjectId: ID!, $reason: String!) {\n    escalate(subjectType: $subjectType, subjectId: $subjectId, reason: $reason) {\n      id\n      number\n    }\n  }\n": typeof types.EscalateDocument,
    "\n  query Accountability($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      slug\n      title\n      status\n      visibility\n      parties {\n        id\n        role\n        status\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n      commitments {\n        ...CommitmentRecord\n      }\n    }\n  }\n": typeof types.AccountabilityDocument,
    "\n  query CommitmentDisputes($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      commitments {\n        id\n        escalatable\n        viewerCanDispute\n        disputes {\n          id\n          reportId\n          reason\n          evidenceUrl\n          answer\n          answeredAt\n          createdAt\n          escalatableOn\n          viewerCanAnswer\n          raisedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommitmentDisputesDocument,
    "\n  mutation DisputeDelivery($commitmentId: ID!, $reason: String!, $evidenceUrl: String) {\n    disputeDelivery(commitmentId: $commitmentId, reason: $reason, evidenceUrl: $evidenceUrl) {\n      id\n    }\n  }\n": typeof types.DisputeDeliveryDocument,
    "\n  mutation AnswerDispute($disputeId: ID!, $answer: String!) {\n    answerDispute(disputeId: $disputeId, answer: $answer) {\n      id\n    }\n  }\n": typeof types.AnswerDisputeDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      id\n      email\n      emailVerified\n    }\n  }\n": typeof types.ChangeEmailDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  query Escalations($status: [EscalationStatus!], $first: Int!, $after: ID) {\n    escalations(status: $status, first: $first, after: $after) {\n      id\n      number\n      subjectType\n      subjectTitle\n      subjectPath\n      reason\n      status\n      responseDueOn\n      responseOverdue\n      response\n      respondedAt\n      findings\n      concludedAt\n      createdAt\n      neighbourhood {\n        id\n        slug\n        name\n      }\n      raisedBy {\n        id\n        displayName\n      }\n      respondent {\n        id\n        slug\n        name\n      }\n      viewerCan {\n        requestResponse\n        respond\n        conclude\n      }\n    }\n  }\n": typeof types.EscalationsDocument,
    "\n  mutation RequestEscalationResponse($escalationId: ID!, $organisationId: ID!, $dueOn: Date!) {\n    requestEscalationResponse(escalationId: $escalationId, organisationId: $organisationId, dueOn: $dueOn) {\n      id\n      status\n    }\n  }\n": typeof types.RequestEscalationResponseDocument,
    "\n  mutation RespondToEscalation($escalationId: ID!, $response: String!) {\n    respondToEscalation(escalationId: $escalationId, response: $response) {\n      id\n      response\n    }\n  }\n": typeof types.RespondToEscalationDocument,
    "\n  mutation ConcludeEscalation($escalationId: ID!, $findings: String!, $dismiss: Boolean!) {\n    concludeEscalation(escalationId: $escalationId, findings: $findings, dismiss: $dismiss) {\n      id\n      status\n    }\n  }\n": typeof types.ConcludeEscalationDocument,
    "\n  query RespondentSearch($search: String!) {\n    organisations(search: $search, first: 10) {\n      id\n      name\n    }\n  }\n": typeof types.RespondentSearchDocument,
    "\n  mutation AddComment($input: CommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation AddCommitment($input: CommitmentInput!) {\n    addCommitment(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.AddCommitmentDocument,
    "\n  query ConsultationActivity($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      amendments {\n        id\n      }\n      sections {\n        id\n        agree\n        disagree\n        unsure\n      }\n    }\n  }\n": typeof types.ConsultationActivityDocument,
    "\n  query CovenantAmendments($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      amendments {\n        id\n        number\n        quote\n        anchor\n        proposedText\n        reason\n        status\n        decisionNote\n        decidedAt\n        supportCount\n        viewerSupports\n        createdAt\n        author {\n          id\n          displayName\n        }\n        decidedBy {\n          id\n          displayName\n        }\n        viewerCan {\n          support\n          withdraw\n          decide\n        }\n      }\n    }\n  }\n": typeof types.CovenantAmendmentsDocument,
    "\n  query CovenantAudit($covenantId: ID!, $first: Int!, $after: Int) {\n    covenantAudit(covenantId: $covenantId, first: $first, after: $after) {\n      seq\n      at\n      action\n      details\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CovenantAuditDocument,
    "\n  query CovenantBudgets($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      budgets {\n        id\n        title\n        amount\n        phase\n        fundedBy {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      viewerCan {\n        createBudget\n      }\n    }\n  }\n": typeof types.CovenantBudgetsDocument,
    "\n  query CovenantComments($slug: String!, $includeResolved: Boolean!, $first: Int!, $after: ID) {\n    covenant(slug: $slug) {\n      id\n      commentCount(includeResolved: $includeResolved)\n      comments(includeResolved: $includeResolved, first: $first, after: $after) {\n        id\n        body\n        quote\n        anchor\n        resolved\n        viewerCan {\n          resolve\n        }\n        parentId\n        createdAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.CovenantCommentsDocument,
    "\n  query CovenantCommitments($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      commitments {\n        ...CommitmentRecord\n      }\n      viewerCan {\n        commitmentParties\n        reportParties\n      }\n    }\n  }\n": typeof types.CovenantCommitmentsDocument,
    "\n  query CovenantNeighbourhood($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      slug\n      name\n      localAuthority {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CovenantNeighbourhoodDocument,
    "\n  query CovenantSections($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      sections {\n        id\n        title\n        agree\n        disagree\n        unsure\n        viewerResponse\n      }\n    }\n  }\n": typeof types.CovenantSectionsDocument,
    "\n  query Covenant($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      status\n      visibility\n      draftHtml\n      supportCount\n      viewerSupports\n      startsOn\n      reviewDueOn\n      endsOn\n      createdAt\n      updatedAt\n      neighbourhood {\n        id\n        slug\n        name\n      }\n      parties {\n        id\n        role\n        status\n        invitedAt\n        respondedAt\n        viewerCan {\n          remove\n          leave\n          respond\n        }\n        organisation {\n          id\n          slug\n          name\n          kind\n          verification {\n            status\n            domains\n          }\n          members {\n            id\n            role\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n      currentVersion {\n        id\n        number\n        status\n        contentHash\n        frozenAt\n        inForceFrom\n        complete\n        signatures {\n          id\n          status\n          signerName\n          signerPosition\n          mandate\n          signedAt\n          countersignature\n          organisationVerified\n          signerDomain\n          party {\n            id\n          }\n        }\n      }\n      versions {\n        id\n        number\n        status\n        html\n      }\n      viewerCan {\n        readWorkingDraft\n        edit\n        comment\n        invite\n        support\n        proposeAmendment\n        decideAmendments\n        respond\n        transition\n        blocked {\n          target\n          reason\n        }\n        sign\n        countersign\n        signParties\n      }\n    }\n  }\n": typeof types.CovenantDocument,
    "\n  mutation CreateBudget($covenantId: ID!, $partyId: ID!, $title: String!, $amount: Int!) {\n    createBudget(covenantId: $covenantId, partyId: $partyId, title: $title, amount: $amount) {\n      id\n      title\n    }\n  }\n": typeof types.CreateBudgetDocument,
    "\n  mutation CreateCovenant($input: CreateCovenantInput!) {\n    createCovenant(input: $input) {\n      id\n      slug\n      title\n    }\n  }\n": typeof types.CreateCovenantDocument,
    "\n  mutation DecideAmendment($amendmentId: ID!, $accept: Boolean!, $note: String!) {\n    decideAmendment(amendmentId: $amendmentId, accept: $accept, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.DecideAmendmentDocument,
    "\n  mutation InviteParty($covenantId: ID!, $organisationId: ID!, $role: PartyRole!) {\n    inviteParty(covenantId: $covenantId, organisationId: $organisationId, role: $role) {\n      id\n      role\n      status\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.InvitePartyDocument,
    "\n  query CovenantNeighbourhoodAssets($id: ID!) {\n    covenant(id: $id) {\n      id\n      neighbourhood {\n        id\n        assets(status: [NOMINATED, LISTED]) {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CovenantNeighbourhoodAssetsDocument,
    "\n  query OrganisationSearch($search: String) {\n    organisations(search: $search, first: 20) {\n      id\n      slug\n      name\n      kind\n    }\n  }\n": typeof types.OrganisationSearchDocument,
    "\n  mutation ProposeAmendment($input: AmendmentInput!) {\n    proposeAmendment(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.ProposeAmendmentDocument,
    "\n  mutation RemoveCommitment($commitmentId: ID!) {\n    removeCommitment(commitmentId: $commitmentId)\n  }\n": typeof types.RemoveCommitmentDocument,
    "\n  mutation RemoveParty($partyId: ID!) {\n    removeParty(partyId: $partyId) {\n      id\n      status\n    }\n  }\n": typeof types.RemovePartyDocument,
    "\n  mutation ReportProgress($input: CommitmentUpdateInput!) {\n    reportProgress(input: $input) {\n      id\n      progress\n      percentComplete\n    }\n  }\n": typeof types.ReportProgressDocument,
    "\n  mutation ResolveComment($commentId: ID!) {\n    resolveComment(commentId: $commentId) {\n      id\n      resolved\n    }\n  }\n": typeof types.ResolveCommentDocument,
    "\n  mutation RespondToSection($covenantId: ID!, $sectionId: ID!, $position: ResponsePosition!, $comment: String) {\n    respondToSection(covenantId: $covenantId, sectionId: $sectionId, position: $position, comment: $comment) {\n      id\n      agree\n      disagree\n      unsure\n      viewerResponse\n    }\n  }\n": typeof types.RespondToSectionDocument,
    "\n  query SectionResponses($slug: String!, $sectionId: ID!, $first: Int!, $after: ID) {\n    covenant(slug: $slug) {\n      id\n      sectionResponses(sectionId: $sectionId, first: $first, after: $after) {\n        id\n        position\n        comment\n        createdAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.SectionResponsesDocument,
    "\n  mutation Sign($input: SignInput!) {\n    sign(input: $input) {\n      id\n    }\n  }\n": typeof types.SignDocument,
    "\n  mutation Countersign($input: SignInput!) {\n    countersign(input: $input) {\n      id\n    }\n  }\n": typeof types.CountersignDocument,
    "\n  mutation SupportAmendment($amendmentId: ID!) {\n    supportAmendment(amendmentId: $amendmentId) {\n      id\n      supportCount\n      viewerSupports\n    }\n  }\n": typeof types.SupportAmendmentDocument,
    "\n  mutation SupportCovenant($covenantId: ID!) {\n    supportCovenant(covenantId: $covenantId) {\n      id\n      supportCount\n    }\n  }\n": typeof types.SupportCovenantDocument,
    "\n  mutation OpenConsultation($covenantId: ID!) {\n    openConsultation(covenantId: $covenantId) {\n      id\n      status\n    }\n  }\n": typeof types.OpenConsultationDocument,
    "\n  mutation OpenForSignature($covenantId: ID!) {\n    openForSignature(covenantId: $covenantId) {\n      id\n      status\n    }\n  }\n": typeof types.OpenForSignatureDocument,
    "\n  mutation ReturnToDraft($covenantId: ID!, $reason: String!) {\n    returnToDraft(covenantId: $covenantId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.ReturnToDraftDocument,
    "\n  mutation StartReview($covenantId: ID!) {\n    startReview(covenantId: $covenantId) {\n      id\n      status\n    }\n  }\n": typeof types.StartReviewDocument,
    "\n  mutation EndCovenant($covenantId: ID!, $reason: String!) {\n    endCovenant(covenantId: $covenantId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.EndCovenantDocument,
    "\n  mutation WithdrawCovenant($covenantId: ID!, $reason: String!) {\n    withdrawCovenant(covenantId: $covenantId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawCovenantDocument,
    "\n  mutation UpdateCommitment($input: UpdateCommitmentInput!) {\n    updateCommitment(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.UpdateCommitmentDocument,
    "\n  mutation WithdrawAmendment($amendmentId: ID!) {\n    withdrawAmendment(amendmentId: $amendmentId) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawAmendmentDocument,
    "\n  query CovenantSearch($search: String, $first: Int, $after: ID) {\n    covenantCount(search: $search)\n    covenants(search: $search, first: $first, after: $after) {\n      id\n      slug\n      title\n      status\n      updatedAt\n      neighbourhood {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.CovenantSearchDocument,
    "\n  query Neighbourhoods($search: String, $first: Int) {\n    neighbourhoods(search: $search, first: $first) {\n      id\n      slug\n      name\n      description\n      areaCodes\n      localAuthority {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NeighbourhoodsDocument,
    "\n  query PendingInvitations {\n    pendingInvitations {\n      id\n      role\n      invitedAt\n      organisation {\n        id\n        name\n      }\n      covenant {\n        id\n        slug\n        title\n        summary\n        neighbourhood {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  mutation RespondToInvitation($partyId: ID!, $accept: Boolean!) {\n    respondToInvitation(partyId: $partyId, accept: $accept) {\n      id\n      status\n    }\n  }\n": typeof types.RespondToInvitationDocument,
    "\n  mutation ResendEmailVerification {\n    resendEmailVerification\n  }\n": typeof types.ResendEmailVerificationDocument,
    "\n  mutation ReviewOrganisationVerification($organisationId: ID!, $approve: Boolean!, $note: String!) {\n    reviewOrganisationVerification(organisationId: $organisationId, approve: $approve, note: $note) {\n      id\n      name\n      verification {\n        status\n        domains\n      }\n    }\n  }\n": typeof types.ReviewOrganisationVerificationDocument,
    "\n  query VerificationRequests {\n    verificationRequests(first: 100) {\n      id\n      slug\n      name\n      kind\n      website\n      verification {\n        status\n        requestedDomain\n        evidence\n        requestedAt\n      }\n    }\n  }\n": typeof types.VerificationRequestsDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  query NationalPicture {\n    nationalPicture {\n      neighbourhoods\n      covenantsByStatus {\n        status\n        count\n      }\n      commitments {\n        total\n        overdue\n        byProgress {\n          progress\n          count\n        }\n      }\n      assetsListed\n      moratoriaActive\n      serviceRequestsOverdue\n      escalationsOpen\n      generatedAt\n      councils {\n        council {\n          id\n          slug\n          name\n        }\n        covenantsInForce\n        commitments\n        delivered\n        overdue\n      }\n    }\n  }\n": typeof types.NationalPictureDocument,
    "\n  mutation CreateNeighbourhood($input: CreateNeighbourhoodInput!) {\n    createNeighbourhood(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.CreateNeighbourhoodDocument,
    "\n  query LocalAuthorities {\n    organisations(kind: LOCAL_AUTHORITY, first: 100) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.LocalAuthoritiesDocument,
    "\n  query Neighbourhood($slug: String!, $first: Int!, $after: ID) {\n    neighbourhood(slug: $slug) {\n      id\n      slug\n      name\n      description\n      areaCodes\n      boundary\n      createdAt\n      localAuthority {\n        id\n        slug\n        name\n        verification {\n          status\n          domains\n        }\n      }\n      covenantCount\n      covenants(first: $first, after: $after) {\n        id\n        slug\n        title\n        summary\n        status\n        commitments {\n          id\n          progress\n          overdue\n        }\n      }\n    }\n  }\n": typeof types.NeighbourhoodDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query Notifications {\n    notifications(first: 20) {\n      id\n      kind\n      title\n      body\n      link\n      read\n      createdAt\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      role\n      position\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AddMemberDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  query OrganisationCommitments($organisationId: ID!, $first: Int!, $after: ID) {\n    commitments(organisationId: $organisationId, first: $first, after: $after) {\n      id\n      title\n      dueOn\n      progress\n      percentComplete\n      overdue\n      covenant {\n        id\n        slug\n        title\n      }\n    }\n  }\n": typeof types.OrganisationCommitmentsDocument,
    "\n  query Organisation($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      description\n      website\n      createdAt\n      viewerRole\n      verification {\n        status\n        domains\n        verifiedAt\n        note\n        requestedDomain\n        requestedAt\n      }\n      parties {\n        id\n        role\n        status\n        covenant {\n          id\n          slug\n          title\n          status\n          neighbourhood {\n            id\n            name\n          }\n        }\n      }\n      members {\n        id\n        role\n        position\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": typeof types.OrganisationDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation RequestOrganisationVerification($organisationId: ID!, $domain: String!, $evidence: String) {\n    requestOrganisationVerification(organisationId: $organisationId, domain: $domain, evidence: $evidence) {\n      id\n      verification {\n        status\n        requestedDomain\n        requestedAt\n      }\n    }\n  }\n": typeof types.RequestOrganisationVerificationDocument,
    "\n  mutation UpdateMembership($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      id\n      role\n      position\n    }\n  }\n": typeof types.UpdateMembershipDocument,
    "\n  mutation AdvanceBudget($budgetId: ID!) {\n    advanceBudget(budgetId: $budgetId) {\n      id\n      phase\n    }\n  }\n": typeof types.AdvanceBudgetDocument,
    "\n  query Asset($slug: String!) {\n    asset(slug: $slug) {\n      id\n      slug\n      name\n      description\n      address\n      ownerName\n      status\n      nominatedAt\n      decisionDueOn\n      decidedOn\n      decisionReason\n      listedUntil\n      neighbourhood {\n        id\n        slug\n        name\n        localAuthority {\n          id\n          name\n        }\n      }\n      nominatedBy {\n        id\n        slug\n        name\n      }\n      disposal {\n        notifiedOn\n        phase\n        phaseEndsOn\n        daysLeft\n        interimEndsOn\n        fullMoratoriumEndsOn\n        protectedPeriodEndsOn\n        bidder {\n          id\n          slug\n          name\n        }\n        timeline {\n          phase\n          from\n          to\n        }\n      }\n      covenants {\n        id\n        slug\n        title\n        status\n      }\n      ruleSet {\n        id\n        name\n        source\n      }\n      viewerCan {\n        decide\n        recordDisposal\n        requestToBid\n      }\n    }\n  }\n": typeof types.AssetDocument,
    "\n  query ParticipatoryBudget($id: ID!) {\n    participatoryBudget(id: $id) {\n      id\n      title\n      amount\n      phase\n      ballots\n      viewerBallot\n      share\n      spent\n      createdAt\n      covenant {\n        id\n        slug\n        title\n        status\n      }\n      fundedBy {\n        id\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n      projects {\n        id\n        title\n        description\n        cost\n        votes\n        selected\n        chosenBy\n        paidPerSupporter\n        createdAt\n        proposedBy {\n          id\n          displayName\n        }\n        commitment {\n          id\n        }\n      }\n      viewerCan {\n        propose\n        advance\n        vote\n      }\n    }\n  }\n": typeof types.ParticipatoryBudgetDocument,
    "\n  mutation CastBallot($budgetId: ID!, $projectIds: [ID!]!) {\n    castBallot(budgetId: $budgetId, projectIds: $projectIds) {\n      id\n      ballots\n      viewerBallot\n    }\n  }\n": typeof types.CastBallotDocument,
    "\n  mutation DecideNomination($assetId: ID!, $listed: Boolean!, $reason: String!, $decidedOn: Date) {\n    decideNomination(assetId: $assetId, listed: $listed, reason: $reason, decidedOn: $decidedOn) {\n      id\n      status\n    }\n  }\n": typeof types.DecideNominationDocument,
    "\n  query NeighbourhoodRights($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      slug\n      name\n      localAuthority {\n        id\n        slug\n        name\n      }\n      assets {\n        id\n        slug\n        name\n        address\n        status\n        decisionDueOn\n        listedUntil\n        disposal {\n          phase\n          phaseEndsOn\n          daysLeft\n          protectedPeriodEndsOn\n        }\n      }\n      serviceRequests {\n        id\n        slug\n        service\n        status\n        submittedAt\n        responseDueOn\n        overdue\n        daysLeft\n        requester {\n          id\n          name\n        }\n        publicBody {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.NeighbourhoodRightsDocument,
    "\n  mutation NominateAsset($input: NominateAssetInput!) {\n    nominateAsset(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.NominateAssetDocument,
    "\n  mutation ProposeProject($budgetId: ID!, $title: String!, $description: String, $cost: Int!) {\n    proposeProject(budgetId: $budgetId, title: $title, description: $description, cost: $cost) {\n      id\n      title\n    }\n  }\n": typeof types.ProposeProjectDocument,
    "\n  query PublicBodySearch($search: String!) {\n    publicBodies: organisations(search: $search, kind: PUBLIC_BODY, first: 10) {\n      id\n      name\n      verification {\n        status\n      }\n    }\n    councils: organisations(search: $search, kind: LOCAL_AUTHORITY, first: 10) {\n      id\n      name\n      verification {\n        status\n      }\n    }\n  }\n": typeof types.PublicBodySearchDocument,
    "\n  mutation RecordDisposalNotice($assetId: ID!, $notifiedOn: Date!) {\n    recordDisposalNotice(assetId: $assetId, notifiedOn: $notifiedOn) {\n      id\n      status\n    }\n  }\n": typeof types.RecordDisposalNoticeDocument,
    "\n  mutation RequestToBid($assetId: ID!, $organisationId: ID!) {\n    requestToBid(assetId: $assetId, organisationId: $organisationId) {\n      id\n      disposal {\n        fullMoratoriumEndsOn\n        bidder {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.RequestToBidDocument,
    "\n  mutation RespondToServiceRequest($requestId: ID!, $status: ServiceRequestStatus!, $response: String!) {\n    respondToServiceRequest(requestId: $requestId, status: $status, response: $response) {\n      id\n      status\n    }\n  }\n": typeof types.RespondToServiceRequestDocument,
    "\n  query ServiceRequest($slug: String!) {\n    serviceRequest(slug: $slug) {\n      id\n      slug\n      service\n      proposal\n      status\n      submittedAt\n      responseDueOn\n      respondedAt\n      response\n      overdue\n      daysLeft\n      neighbourhood {\n        id\n        slug\n        name\n      }\n      requester {\n        id\n        slug\n        name\n      }\n      publicBody {\n        id\n        slug\n        name\n        verification {\n          status\n          domains\n        }\n      }\n      viewerCan {\n        respond\n        withdraw\n      }\n    }\n  }\n": typeof types.ServiceRequestDocument,
    "\n  mutation SubmitServiceRequest($input: ServiceRequestInput!) {\n    submitServiceRequest(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.SubmitServiceRequestDocument,
    "\n  mutation WithdrawServiceRequest($requestId: ID!) {\n    withdrawServiceRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawServiceRequestDocument,
    "\n  query VerificationCovenant($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      slug\n      title\n      status\n      viewerCan {\n        readWorkingDraft\n      }\n      neighbourhood {\n        name\n        slug\n      }\n      versions {\n        id\n        number\n        status\n        contentHash\n        frozenAt\n        complete\n        inForceFrom\n        seal\n        sealKeyId\n        canonicalContent\n        signatures {\n          id\n          signerName\n          signerPosition\n          signedAt\n          contentHash\n          countersignature\n          status\n          mandate\n          organisationVerified\n          signerDomain\n          party {\n            id\n            role\n            organisation {\n              name\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.VerificationCovenantDocument,
    "\n  query VerifyCovenant($covenantId: ID!) {\n    verifyCovenant(covenantId: $covenantId) {\n      valid\n      contentHashValid\n      htmlValid\n      signaturesValid\n      sealValid\n      auditChainValid\n      auditEventsChecked\n      problems\n    }\n  }\n": typeof types.VerifyCovenantDocument,
    "\n  fragment CommitmentRecord on Commitment {\n    id\n    title\n    description\n    measure\n    right\n    dueOn\n    progress\n    percentComplete\n    overdue\n    party {\n      id\n    }\n    asset {\n      id\n      slug\n      name\n    }\n    budget {\n      id\n      title\n    }\n    updates {\n      id\n      progress\n      percentComplete\n      note\n      evidenceUrl\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CommitmentRecordFragmentDoc,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      isSteward\n      isCommissioner\n      memberships {\n        id\n        role\n        position\n        organisation {\n          id\n          slug\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  query SubjectEscalations($subjectType: EscalationSubject, $subjectId: ID, $covenantId: ID) {\n    escalations(subjectType: $subjectType, subjectId: $subjectId, covenantId: $covenantId, first: 100) {\n      id\n      number\n      subjectType\n      subjectId\n      status\n      responseDueOn\n      responseOverdue\n      findings\n      createdAt\n      respondent {\n        id\n        name\n      }\n    }\n  }\n": types.SubjectEscalationsDocument,
    "\n  mutation Escalate($subjectType: EscalationSubject!, $subjectId: ID!, $reason: String!) {\n    escalate(subjectType: $subjectType, subjectId: $subjectId, reason: $reason) {\n      id\n      number\n    }\n  }\n": types.EscalateDocument,
    "\n  query Accountability($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      slug\n      title\n      status\n      visibility\n      parties {\n        id\n        role\n        status\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n      commitments {\n        ...CommitmentRecord\n      }\n    }\n  }\n": types.AccountabilityDocument,
    "\n  query CommitmentDisputes($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      commitments {\n        id\n        escalatable\n        viewerCanDispute\n        disputes {\n          id\n          reportId\n          reason\n          evidenceUrl\n          answer\n          answeredAt\n          createdAt\n          escalatableOn\n          viewerCanAnswer\n          raisedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.CommitmentDisputesDocument,
    "\n  mutation DisputeDelivery($commitmentId: ID!, $reason: String!, $evidenceUrl: String) {\n    disputeDelivery(commitmentId: $commitmentId, reason: $reason, evidenceUrl: $evidenceUrl) {\n      id\n    }\n  }\n": types.DisputeDeliveryDocument,
    "\n  mutation AnswerDispute($disputeId: ID!, $answer: String!) {\n    answerDispute(disputeId: $disputeId, answer: $answer) {\n      id\n    }\n  }\n": types.AnswerDisputeDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      id\n      email\n      emailVerified\n    }\n  }\n": types.ChangeEmailDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  query Escalations($status: [EscalationStatus!], $first: Int!, $after: ID) {\n    escalations(status: $status, first: $first, after: $after) {\n      id\n      number\n      subjectType\n      subjectTitle\n      subjectPath\n      reason\n      status\n      responseDueOn\n      responseOverdue\n      response\n      respondedAt\n      findings\n      concludedAt\n      createdAt\n      neighbourhood {\n        id\n        slug\n        name\n      }\n      raisedBy {\n        id\n        displayName\n      }\n      respondent {\n        id\n        slug\n        name\n      }\n      viewerCan {\n        requestResponse\n        respond\n        conclude\n      }\n    }\n  }\n": types.EscalationsDocument,
    "\n  mutation RequestEscalationResponse($escalationId: ID!, $organisationId: ID!, $dueOn: Date!) {\n    requestEscalationResponse(escalationId: $escalationId, organisationId: $organisationId, dueOn: $dueOn) {\n      id\n      status\n    }\n  }\n": types.RequestEscalationResponseDocument,
    "\n  mutation RespondToEscalation($escalationId: ID!, $response: String!) {\n    respondToEscalation(escalationId: $escalationId, response: $response) {\n      id\n      response\n    }\n  }\n": types.RespondToEscalationDocument,
    "\n  mutation ConcludeEscalation($escalationId: ID!, $findings: String!, $dismiss: Boolean!) {\n    concludeEscalation(escalationId: $escalationId, findings: $findings, dismiss: $dismiss) {\n      id\n      status\n    }\n  }\n": types.ConcludeEscalationDocument,
    "\n  query RespondentSearch($search: String!) {\n    organisations(search: $search, first: 10) {\n      id\n      name\n    }\n  }\n": types.RespondentSearchDocument,
    "\n  mutation AddComment($input: CommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation AddCommitment($input: CommitmentInput!) {\n    addCommitment(input: $input) {\n      id\n      title\n    }\n  }\n": types.AddCommitmentDocument,
    "\n  query ConsultationActivity($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      amendments {\n        id\n      }\n      sections {\n        id\n        agree\n        disagree\n        unsure\n      }\n    }\n  }\n": types.ConsultationActivityDocument,
    "\n  query CovenantAmendments($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      amendments {\n        id\n        number\n        quote\n        anchor\n        proposedText\n        reason\n        status\n        decisionNote\n        decidedAt\n        supportCount\n        viewerSupports\n        createdAt\n        author {\n          id\n          displayName\n        }\n        decidedBy {\n          id\n          displayName\n        }\n        viewerCan {\n          support\n          withdraw\n          decide\n        }\n      }\n    }\n  }\n": types.CovenantAmendmentsDocument,
    "\n  query CovenantAudit($covenantId: ID!, $first: Int!, $after: Int) {\n    covenantAudit(covenantId: $covenantId, first: $first, after: $after) {\n      seq\n      at\n      action\n      details\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": types.CovenantAuditDocument,
    "\n  query CovenantBudgets($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      budgets {\n        id\n        title\n        amount\n        phase\n        fundedBy {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      viewerCan {\n        createBudget\n      }\n    }\n  }\n": types.CovenantBudgetsDocument,
    "\n  query CovenantComments($slug: String!, $includeResolved: Boolean!, $first: Int!, $after: ID) {\n    covenant(slug: $slug) {\n      id\n      commentCount(includeResolved: $includeResolved)\n      comments(includeResolved: $includeResolved, first: $first, after: $after) {\n        id\n        body\n        quote\n        anchor\n        resolved\n        viewerCan {\n          resolve\n        }\n        parentId\n        createdAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.CovenantCommentsDocument,
    "\n  query CovenantCommitments($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      commitments {\n        ...CommitmentRecord\n      }\n      viewerCan {\n        commitmentParties\n        reportParties\n      }\n    }\n  }\n": types.CovenantCommitmentsDocument,
    "\n  query CovenantNeighbourhood($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      slug\n      name\n      localAuthority {\n        id\n        name\n      }\n    }\n  }\n": types.CovenantNeighbourhoodDocument,
    "\n  query CovenantSections($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      sections {\n        id\n        title\n        agree\n        disagree\n        unsure\n        viewerResponse\n      }\n    }\n  }\n": types.CovenantSectionsDocument,
    "\n  query Covenant($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      status\n      visibility\n      draftHtml\n      supportCount\n      viewerSupports\n      startsOn\n      reviewDueOn\n      endsOn\n      createdAt\n      updatedAt\n      neighbourhood {\n        id\n        slug\n        name\n      }\n      parties {\n        id\n        role\n        status\n        invitedAt\n        respondedAt\n        viewerCan {\n          remove\n          leave\n          respond\n        }\n        organisation {\n          id\n          slug\n          name\n          kind\n          verification {\n            status\n            domains\n          }\n          members {\n            id\n            role\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n      currentVersion {\n        id\n        number\n        status\n        contentHash\n        frozenAt\n        inForceFrom\n        complete\n        signatures {\n          id\n          status\n          signerName\n          signerPosition\n          mandate\n          signedAt\n          countersignature\n          organisationVerified\n          signerDomain\n          party {\n            id\n          }\n        }\n      }\n      versions {\n        id\n        number\n        status\n        html\n      }\n      viewerCan {\n        readWorkingDraft\n        edit\n        comment\n        invite\n        support\n        proposeAmendment\n        decideAmendments\n        respond\n        transition\n        blocked {\n          target\n          reason\n        }\n        sign\n        countersign\n        signParties\n      }\n    }\n  }\n": types.CovenantDocument,
    "\n  mutation CreateBudget($covenantId: ID!, $partyId: ID!, $title: String!, $amount: Int!) {\n    createBudget(covenantId: $covenantId, partyId: $partyId, title: $title, amount: $amount) {\n      id\n      title\n    }\n  }\n": types.CreateBudgetDocument,
    "\n  mutation CreateCovenant($input: CreateCovenantInput!) {\n    createCovenant(input: $input) {\n      id\n      slug\n      title\n    }\n  }\n": types.CreateCovenantDocument,
    "\n  mutation DecideAmendment($amendmentId: ID!, $accept: Boolean!, $note: String!) {\n    decideAmendment(amendmentId: $amendmentId, accept: $accept, note: $note) {\n      id\n      status\n    }\n  }\n": types.DecideAmendmentDocument,
    "\n  mutation InviteParty($covenantId: ID!, $organisationId: ID!, $role: PartyRole!) {\n    inviteParty(covenantId: $covenantId, organisationId: $organisationId, role: $role) {\n      id\n      role\n      status\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.InvitePartyDocument,
    "\n  query CovenantNeighbourhoodAssets($id: ID!) {\n    covenant(id: $id) {\n      id\n      neighbourhood {\n        id\n        assets(status: [NOMINATED, LISTED]) {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CovenantNeighbourhoodAssetsDocument,
    "\n  query OrganisationSearch($search: String) {\n    organisations(search: $search, first: 20) {\n      id\n      slug\n      name\n      kind\n    }\n  }\n": types.OrganisationSearchDocument,
    "\n  mutation ProposeAmendment($input: AmendmentInput!) {\n    proposeAmendment(input: $input) {\n      id\n      number\n    }\n  }\n": types.ProposeAmendmentDocument,
    "\n  mutation RemoveCommitment($commitmentId: ID!) {\n    removeCommitment(commitmentId: $commitmentId)\n  }\n": types.RemoveCommitmentDocument,
    "\n  mutation RemoveParty($partyId: ID!) {\n    removeParty(partyId: $partyId) {\n      id\n      status\n    }\n  }\n": types.RemovePartyDocument,
    "\n  mutation ReportProgress($input: CommitmentUpdateInput!) {\n    reportProgress(input: $input) {\n      id\n      progress\n      percentComplete\n    }\n  }\n": types.ReportProgressDocument,
    "\n  mutation ResolveComment($commentId: ID!) {\n    resolveComment(commentId: $commentId) {\n      id\n      resolved\n    }\n  }\n": types.ResolveCommentDocument,
    "\n  mutation RespondToSection($covenantId: ID!, $sectionId: ID!, $position: ResponsePosition!, $comment: String) {\n    respondToSection(covenantId: $covenantId, sectionId: $sectionId, position: $position, comment: $comment) {\n      id\n      agree\n      disagree\n      unsure\n      viewerResponse\n    }\n  }\n": types.RespondToSectionDocument,
    "\n  query SectionResponses($slug: String!, $sectionId: ID!, $first: Int!, $after: ID) {\n    covenant(slug: $slug) {\n      id\n      sectionResponses(sectionId: $sectionId, first: $first, after: $after) {\n        id\n        position\n        comment\n        createdAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.SectionResponsesDocument,
    "\n  mutation Sign($input: SignInput!) {\n    sign(input: $input) {\n      id\n    }\n  }\n": types.SignDocument,
    "\n  mutation Countersign($input: SignInput!) {\n    countersign(input: $input) {\n      id\n    }\n  }\n": types.CountersignDocument,
    "\n  mutation SupportAmendment($amendmentId: ID!) {\n    supportAmendment(amendmentId: $amendmentId) {\n      id\n      supportCount\n      viewerSupports\n    }\n  }\n": types.SupportAmendmentDocument,
    "\n  mutation SupportCovenant($covenantId: ID!) {\n    supportCovenant(covenantId: $covenantId) {\n      id\n      supportCount\n    }\n  }\n": types.SupportCovenantDocument,
    "\n  mutation OpenConsultation($covenantId: ID!) {\n    openConsultation(covenantId: $covenantId) {\n      id\n      status\n    }\n  }\n": types.OpenConsultationDocument,
    "\n  mutation OpenForSignature($covenantId: ID!) {\n    openForSignature(covenantId: $covenantId) {\n      id\n      status\n    }\n  }\n": types.OpenForSignatureDocument,
    "\n  mutation ReturnToDraft($covenantId: ID!, $reason: String!) {\n    returnToDraft(covenantId: $covenantId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.ReturnToDraftDocument,
    "\n  mutation StartReview($covenantId: ID!) {\n    startReview(covenantId: $covenantId) {\n      id\n      status\n    }\n  }\n": types.StartReviewDocument,
    "\n  mutation EndCovenant($covenantId: ID!, $reason: String!) {\n    endCovenant(covenantId: $covenantId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.EndCovenantDocument,
    "\n  mutation WithdrawCovenant($covenantId: ID!, $reason: String!) {\n    withdrawCovenant(covenantId: $covenantId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.WithdrawCovenantDocument,
    "\n  mutation UpdateCommitment($input: UpdateCommitmentInput!) {\n    updateCommitment(input: $input) {\n      id\n      title\n    }\n  }\n": types.UpdateCommitmentDocument,
    "\n  mutation WithdrawAmendment($amendmentId: ID!) {\n    withdrawAmendment(amendmentId: $amendmentId) {\n      id\n      status\n    }\n  }\n": types.WithdrawAmendmentDocument,
    "\n  query CovenantSearch($search: String, $first: Int, $after: ID) {\n    covenantCount(search: $search)\n    covenants(search: $search, first: $first, after: $after) {\n      id\n      slug\n      title\n      status\n      updatedAt\n      neighbourhood {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.CovenantSearchDocument,
    "\n  query Neighbourhoods($search: String, $first: Int) {\n    neighbourhoods(search: $search, first: $first) {\n      id\n      slug\n      name\n      description\n      areaCodes\n      localAuthority {\n        id\n        name\n      }\n    }\n  }\n": types.NeighbourhoodsDocument,
    "\n  query PendingInvitations {\n    pendingInvitations {\n      id\n      role\n      invitedAt\n      organisation {\n        id\n        name\n      }\n      covenant {\n        id\n        slug\n        title\n        summary\n        neighbourhood {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  mutation RespondToInvitation($partyId: ID!, $accept: Boolean!) {\n    respondToInvitation(partyId: $partyId, accept: $accept) {\n      id\n      status\n    }\n  }\n": types.RespondToInvitationDocument,
    "\n  mutation ResendEmailVerification {\n    resendEmailVerification\n  }\n": types.ResendEmailVerificationDocument,
    "\n  mutation ReviewOrganisationVerification($organisationId: ID!, $approve: Boolean!, $note: String!) {\n    reviewOrganisationVerification(organisationId: $organisationId, approve: $approve, note: $note) {\n      id\n      name\n      verification {\n        status\n        domains\n      }\n    }\n  }\n": types.ReviewOrganisationVerificationDocument,
    "\n  query VerificationRequests {\n    verificationRequests(first: 100) {\n      id\n      slug\n      name\n      kind\n      website\n      verification {\n        status\n        requestedDomain\n        evidence\n        requestedAt\n      }\n    }\n  }\n": types.VerificationRequestsDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  query NationalPicture {\n    nationalPicture {\n      neighbourhoods\n      covenantsByStatus {\n        status\n        count\n      }\n      commitments {\n        total\n        overdue\n        byProgress {\n          progress\n          count\n        }\n      }\n      assetsListed\n      moratoriaActive\n      serviceRequestsOverdue\n      escalationsOpen\n      generatedAt\n      councils {\n        council {\n          id\n          slug\n          name\n        }\n        covenantsInForce\n        commitments\n        delivered\n        overdue\n      }\n    }\n  }\n": types.NationalPictureDocument,
    "\n  mutation CreateNeighbourhood($input: CreateNeighbourhoodInput!) {\n    createNeighbourhood(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.CreateNeighbourhoodDocument,
    "\n  query LocalAuthorities {\n    organisations(kind: LOCAL_AUTHORITY, first: 100) {\n      id\n      slug\n      name\n    }\n  }\n": types.LocalAuthoritiesDocument,
    "\n  query Neighbourhood($slug: String!, $first: Int!, $after: ID) {\n    neighbourhood(slug: $slug) {\n      id\n      slug\n      name\n      description\n      areaCodes\n      boundary\n      createdAt\n      localAuthority {\n        id\n        slug\n        name\n        verification {\n          status\n          domains\n        }\n      }\n      covenantCount\n      covenants(first: $first, after: $after) {\n        id\n        slug\n        title\n        summary\n        status\n        commitments {\n          id\n          progress\n          overdue\n        }\n      }\n    }\n  }\n": types.NeighbourhoodDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query Notifications {\n    notifications(first: 20) {\n      id\n      kind\n      title\n      body\n      link\n      read\n      createdAt\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      role\n      position\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.AddMemberDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  query OrganisationCommitments($organisationId: ID!, $first: Int!, $after: ID) {\n    commitments(organisationId: $organisationId, first: $first, after: $after) {\n      id\n      title\n      dueOn\n      progress\n      percentComplete\n      overdue\n      covenant {\n        id\n        slug\n        title\n      }\n    }\n  }\n": types.OrganisationCommitmentsDocument,
    "\n  query Organisation($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      description\n      website\n      createdAt\n      viewerRole\n      verification {\n        status\n        domains\n        verifiedAt\n        note\n        requestedDomain\n        requestedAt\n      }\n      parties {\n        id\n        role\n        status\n        covenant {\n          id\n          slug\n          title\n          status\n          neighbourhood {\n            id\n            name\n          }\n        }\n      }\n      members {\n        id\n        role\n        position\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": types.OrganisationDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation RequestOrganisationVerification($organisationId: ID!, $domain: String!, $evidence: String) {\n    requestOrganisationVerification(organisationId: $organisationId, domain: $domain, evidence: $evidence) {\n      id\n      verification {\n        status\n        requestedDomain\n        requestedAt\n      }\n    }\n  }\n": types.RequestOrganisationVerificationDocument,
    "\n  mutation UpdateMembership($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      id\n      role\n      position\n    }\n  }\n": types.UpdateMembershipDocument,
    "\n  mutation AdvanceBudget($budgetId: ID!) {\n    advanceBudget(budgetId: $budgetId) {\n      id\n      phase\n    }\n  }\n": types.AdvanceBudgetDocument,
    "\n  query Asset($slug: String!) {\n    asset(slug: $slug) {\n      id\n      slug\n      name\n      description\n      address\n      ownerName\n      status\n      nominatedAt\n      decisionDueOn\n      decidedOn\n      decisionReason\n      listedUntil\n      neighbourhood {\n        id\n        slug\n        name\n        localAuthority {\n          id\n          name\n        }\n      }\n      nominatedBy {\n        id\n        slug\n        name\n      }\n      disposal {\n        notifiedOn\n        phase\n        phaseEndsOn\n        daysLeft\n        interimEndsOn\n        fullMoratoriumEndsOn\n        protectedPeriodEndsOn\n        bidder {\n          id\n          slug\n          name\n        }\n        timeline {\n          phase\n          from\n          to\n        }\n      }\n      covenants {\n        id\n        slug\n        title\n        status\n      }\n      ruleSet {\n        id\n        name\n        source\n      }\n      viewerCan {\n        decide\n        recordDisposal\n        requestToBid\n      }\n    }\n  }\n": types.AssetDocument,
    "\n  query ParticipatoryBudget($id: ID!) {\n    participatoryBudget(id: $id) {\n      id\n      title\n      amount\n      phase\n      ballots\n      viewerBallot\n      share\n      spent\n      createdAt\n      covenant {\n        id\n        slug\n        title\n        status\n      }\n      fundedBy {\n        id\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n      projects {\n        id\n        title\n        description\n        cost\n        votes\n        selected\n        chosenBy\n        paidPerSupporter\n        createdAt\n        proposedBy {\n          id\n          displayName\n        }\n        commitment {\n          id\n        }\n      }\n      viewerCan {\n        propose\n        advance\n        vote\n      }\n    }\n  }\n": types.ParticipatoryBudgetDocument,
    "\n  mutation CastBallot($budgetId: ID!, $projectIds: [ID!]!) {\n    castBallot(budgetId: $budgetId, projectIds: $projectIds) {\n      id\n      ballots\n      viewerBallot\n    }\n  }\n": types.CastBallotDocument,
    "\n  mutation DecideNomination($assetId: ID!, $listed: Boolean!, $reason: String!, $decidedOn: Date) {\n    decideNomination(assetId: $assetId, listed: $listed, reason: $reason, decidedOn: $decidedOn) {\n      id\n      status\n    }\n  }\n": types.DecideNominationDocument,
    "\n  query NeighbourhoodRights($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      slug\n      name\n      localAuthority {\n        id\n        slug\n        name\n      }\n      assets {\n        id\n        slug\n        name\n        address\n        status\n        decisionDueOn\n        listedUntil\n        disposal {\n          phase\n          phaseEndsOn\n          daysLeft\n          protectedPeriodEndsOn\n        }\n      }\n      serviceRequests {\n        id\n        slug\n        service\n        status\n        submittedAt\n        responseDueOn\n        overdue\n        daysLeft\n        requester {\n          id\n          name\n        }\n        publicBody {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.NeighbourhoodRightsDocument,
    "\n  mutation NominateAsset($input: NominateAssetInput!) {\n    nominateAsset(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.NominateAssetDocument,
    "\n  mutation ProposeProject($budgetId: ID!, $title: String!, $description: String, $cost: Int!) {\n    proposeProject(budgetId: $budgetId, title: $title, description: $description, cost: $cost) {\n      id\n      title\n    }\n  }\n": types.ProposeProjectDocument,
    "\n  query PublicBodySearch($search: String!) {\n    publicBodies: organisations(search: $search, kind: PUBLIC_BODY, first: 10) {\n      id\n      name\n      verification {\n        status\n      }\n    }\n    councils: organisations(search: $search, kind: LOCAL_AUTHORITY, first: 10) {\n      id\n      name\n      verification {\n        status\n      }\n    }\n  }\n": types.PublicBodySearchDocument,
    "\n  mutation RecordDisposalNotice($assetId: ID!, $notifiedOn: Date!) {\n    recordDisposalNotice(assetId: $assetId, notifiedOn: $notifiedOn) {\n      id\n      status\n    }\n  }\n": types.RecordDisposalNoticeDocument,
    "\n  mutation RequestToBid($assetId: ID!, $organisationId: ID!) {\n    requestToBid(assetId: $assetId, organisationId: $organisationId) {\n      id\n      disposal {\n        fullMoratoriumEndsOn\n        bidder {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.RequestToBidDocument,
    "\n  mutation RespondToServiceRequest($requestId: ID!, $status: ServiceRequestStatus!, $response: String!) {\n    respondToServiceRequest(requestId: $requestId, status: $status, response: $response) {\n      id\n      status\n    }\n  }\n": types.RespondToServiceRequestDocument,
    "\n  query ServiceRequest($slug: String!) {\n    serviceRequest(slug: $slug) {\n      id\n      slug\n      service\n      proposal\n      status\n      submittedAt\n      responseDueOn\n      respondedAt\n      response\n      overdue\n      daysLeft\n      neighbourhood {\n        id\n        slug\n        name\n      }\n      requester {\n        id\n        slug\n        name\n      }\n      publicBody {\n        id\n        slug\n        name\n        verification {\n          status\n          domains\n        }\n      }\n      viewerCan {\n        respond\n        withdraw\n      }\n    }\n  }\n": types.ServiceRequestDocument,
    "\n  mutation SubmitServiceRequest($input: ServiceRequestInput!) {\n    submitServiceRequest(input: $input) {\n      id\n      slug\n    }\n  }\n": types.SubmitServiceRequestDocument,
    "\n  mutation WithdrawServiceRequest($requestId: ID!) {\n    withdrawServiceRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n": types.WithdrawServiceRequestDocument,
    "\n  query VerificationCovenant($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      slug\n      title\n      status\n      viewerCan {\n        readWorkingDraft\n      }\n      neighbourhood {\n        name\n        slug\n      }\n      versions {\n        id\n        number\n        status\n        contentHash\n        frozenAt\n        complete\n        inForceFrom\n        seal\n        sealKeyId\n        canonicalContent\n        signatures {\n          id\n          signerName\n          signerPosition\n          signedAt\n          contentHash\n          countersignature\n          status\n          mandate\n          organisationVerified\n          signerDomain\n          party {\n            id\n            role\n            organisation {\n              name\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n": types.VerificationCovenantDocument,
    "\n  query VerifyCovenant($covenantId: ID!) {\n    verifyCovenant(covenantId: $covenantId) {\n      valid\n      contentHashValid\n      htmlValid\n      signaturesValid\n      sealValid\n      auditChainValid\n      auditEventsChecked\n      problems\n    }\n  }\n": types.VerifyCovenantDocument,
    "\n  fragment CommitmentRecord on Commitment {\n    id\n    title\n    description\n    measure\n    right\n    dueOn\n    progress\n    percentComplete\n    overdue\n    party {\n      id\n    }\n    asset {\n      id\n      slug\n      name\n    }\n    budget {\n      id\n      title\n    }\n    updates {\n      id\n      progress\n      percentComplete\n      note\n      evidenceUrl\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.CommitmentRecordFragmentDoc,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      isSteward\n      isCommissioner\n      memberships {\n        id\n        role\n        position\n        organisation {\n          id\n          slug\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubjectEscalations($subjectType: EscalationSubject, $subjectId: ID, $covenantId: ID) {\n    escalations(subjectType: $subjectType, subjectId: $subjectId, covenantId: $covenantId, first: 100) {\n      id\n      number\n      subjectType\n      subjectId\n      status\n      responseDueOn\n      responseOverdue\n      findings\n      createdAt\n      respondent {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SubjectEscalationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Escalate($subjectType: EscalationSubject!, $subjectId: ID!, $reason: String!) {\n    escalate(subjectType: $subjectType, subjectId: $subjectId, reason: $reason) {\n      id\n      number\n    }\n  }\n"): typeof import('./graphql').EscalateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accountability($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      slug\n      title\n      status\n      visibility\n      parties {\n        id\n        role\n        status\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n      commitments {\n        ...CommitmentRecord\n      }\n    }\n  }\n"): typeof import('./graphql').AccountabilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitmentDisputes($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      commitments {\n        id\n        escalatable\n        viewerCanDispute\n        disputes {\n          id\n          reportId\n          reason\n          evidenceUrl\n          answer\n          answeredAt\n          createdAt\n          escalatableOn\n          viewerCanAnswer\n          raisedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CommitmentDisputesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisputeDelivery($commitmentId: ID!, $reason: String!, $evidenceUrl: String) {\n    disputeDelivery(commitmentId: $commitmentId, reason: $reason, evidenceUrl: $evidenceUrl) {\n      id\n    }\n  }\n"): typeof import('./graphql').DisputeDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerDispute($disputeId: ID!, $answer: String!) {\n    answerDispute(disputeId: $disputeId, answer: $answer) {\n      id\n    }\n  }\n"): typeof import('./graphql').AnswerDisputeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      id\n      email\n      emailVerified\n    }\n  }\n"): typeof import('./graphql').ChangeEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Escalations($status: [EscalationStatus!], $first: Int!, $after: ID) {\n    escalations(status: $status, first: $first, after: $after) {\n      id\n      number\n      subjectType\n      subjectTitle\n      subjectPath\n      reason\n      status\n      responseDueOn\n      responseOverdue\n      response\n      respondedAt\n      findings\n      concludedAt\n      createdAt\n      neighbourhood {\n        id\n        slug\n        name\n      }\n      raisedBy {\n        id\n        displayName\n      }\n      respondent {\n        id\n        slug\n        name\n      }\n      viewerCan {\n        requestResponse\n        respond\n        conclude\n      }\n    }\n  }\n"): typeof import('./graphql').EscalationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEscalationResponse($escalationId: ID!, $organisationId: ID!, $dueOn: Date!) {\n    requestEscalationResponse(escalationId: $escalationId, organisationId: $organisationId, dueOn: $dueOn) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RequestEscalationResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToEscalation($escalationId: ID!, $response: String!) {\n    respondToEscalation(escalationId: $escalationId, response: $response) {\n      id\n      response\n    }\n  }\n"): typeof import('./graphql').RespondToEscalationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcludeEscalation($escalationId: ID!, $findings: String!, $dismiss: Boolean!) {\n    concludeEscalation(escalationId: $escalationId, findings: $findings, dismiss: $dismiss) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConcludeEscalationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RespondentSearch($search: String!) {\n    organisations(search: $search, first: 10) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').RespondentSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: CommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCommitment($input: CommitmentInput!) {\n    addCommitment(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').AddCommitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationActivity($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      amendments {\n        id\n      }\n      sections {\n        id\n        agree\n        disagree\n        unsure\n      }\n    }\n  }\n"): typeof import('./graphql').ConsultationActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CovenantAmendments($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      amendments {\n        id\n        number\n        quote\n        anchor\n        proposedText\n        reason\n        status\n        decisionNote\n        decidedAt\n        supportCount\n        viewerSupports\n        createdAt\n        author {\n          id\n          displayName\n        }\n        decidedBy {\n          id\n          displayName\n        }\n        viewerCan {\n          support\n          withdraw\n          decide\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CovenantAmendmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CovenantAudit($covenantId: ID!, $first: Int!, $after: Int) {\n    covenantAudit(covenantId: $covenantId, first: $first, after: $after) {\n      seq\n      at\n      action\n      details\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').CovenantAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CovenantBudgets($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      budgets {\n        id\n        title\n        amount\n        phase\n        fundedBy {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      viewerCan {\n        createBudget\n      }\n    }\n  }\n"): typeof import('./graphql').CovenantBudgetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CovenantComments($slug: String!, $includeResolved: Boolean!, $first: Int!, $after: ID) {\n    covenant(slug: $slug) {\n      id\n      commentCount(includeResolved: $includeResolved)\n      comments(includeResolved: $includeResolved, first: $first, after: $after) {\n        id\n        body\n        quote\n        anchor\n        resolved\n        viewerCan {\n          resolve\n        }\n        parentId\n        createdAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CovenantCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CovenantCommitments($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      commitments {\n        ...CommitmentRecord\n      }\n      viewerCan {\n        commitmentParties\n        reportParties\n      }\n    }\n  }\n"): typeof import('./graphql').CovenantCommitmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CovenantNeighbourhood($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      slug\n      name\n      localAuthority {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CovenantNeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CovenantSections($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      sections {\n        id\n        title\n        agree\n        disagree\n        unsure\n        viewerResponse\n      }\n    }\n  }\n"): typeof import('./graphql').CovenantSectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Covenant($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      status\n      visibility\n      draftHtml\n      supportCount\n      viewerSupports\n      startsOn\n      reviewDueOn\n      endsOn\n      createdAt\n      updatedAt\n      neighbourhood {\n        id\n        slug\n        name\n      }\n      parties {\n        id\n        role\n        status\n        invitedAt\n        respondedAt\n        viewerCan {\n          remove\n          leave\n          respond\n        }\n        organisation {\n          id\n          slug\n          name\n          kind\n          verification {\n            status\n            domains\n          }\n          members {\n            id\n            role\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n      currentVersion {\n        id\n        number\n        status\n        contentHash\n        frozenAt\n        inForceFrom\n        complete\n        signatures {\n          id\n          status\n          signerName\n          signerPosition\n          mandate\n          signedAt\n          countersignature\n          organisationVerified\n          signerDomain\n          party {\n            id\n          }\n        }\n      }\n      versions {\n        id\n        number\n        status\n        html\n      }\n      viewerCan {\n        readWorkingDraft\n        edit\n        comment\n        invite\n        support\n        proposeAmendment\n        decideAmendments\n        respond\n        transition\n        blocked {\n          target\n          reason\n        }\n        sign\n        countersign\n        signParties\n      }\n    }\n  }\n"): typeof import('./graphql').CovenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBudget($covenantId: ID!, $partyId: ID!, $title: String!, $amount: Int!) {\n    createBudget(covenantId: $covenantId, partyId: $partyId, title: $title, amount: $amount) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').CreateBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCovenant($input: CreateCovenantInput!) {\n    createCovenant(input: $input) {\n      id\n      slug\n      title\n    }\n  }\n"): typeof import('./graphql').CreateCovenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideAmendment($amendmentId: ID!, $accept: Boolean!, $note: String!) {\n    decideAmendment(amendmentId: $amendmentId, accept: $accept, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DecideAmendmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteParty($covenantId: ID!, $organisationId: ID!, $role: PartyRole!) {\n    inviteParty(covenantId: $covenantId, organisationId: $organisationId, role: $role) {\n      id\n      role\n      status\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').InvitePartyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CovenantNeighbourhoodAssets($id: ID!) {\n    covenant(id: $id) {\n      id\n      neighbourhood {\n        id\n        assets(status: [NOMINATED, LISTED]) {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CovenantNeighbourhoodAssetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationSearch($search: String) {\n    organisations(search: $search, first: 20) {\n      id\n      slug\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').OrganisationSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeAmendment($input: AmendmentInput!) {\n    proposeAmendment(input: $input) {\n      id\n      number\n    }\n  }\n"): typeof import('./graphql').ProposeAmendmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCommitment($commitmentId: ID!) {\n    removeCommitment(commitmentId: $commitmentId)\n  }\n"): typeof import('./graphql').RemoveCommitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveParty($partyId: ID!) {\n    removeParty(partyId: $partyId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RemovePartyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportProgress($input: CommitmentUpdateInput!) {\n    reportProgress(input: $input) {\n      id\n      progress\n      percentComplete\n    }\n  }\n"): typeof import('./graphql').ReportProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveComment($commentId: ID!) {\n    resolveComment(commentId: $commentId) {\n      id\n      resolved\n    }\n  }\n"): typeof import('./graphql').ResolveCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToSection($covenantId: ID!, $sectionId: ID!, $position: ResponsePosition!, $comment: String) {\n    respondToSection(covenantId: $covenantId, sectionId: $sectionId, position: $position, comment: $comment) {\n      id\n      agree\n      disagree\n      unsure\n      viewerResponse\n    }\n  }\n"): typeof import('./graphql').RespondToSectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectionResponses($slug: String!, $sectionId: ID!, $first: Int!, $after: ID) {\n    covenant(slug: $slug) {\n      id\n      sectionResponses(sectionId: $sectionId, first: $first, after: $after) {\n        id\n        position\n        comment\n        createdAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SectionResponsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Sign($input: SignInput!) {\n    sign(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Countersign($input: SignInput!) {\n    countersign(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CountersignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportAmendment($amendmentId: ID!) {\n    supportAmendment(amendmentId: $amendmentId) {\n      id\n      supportCount\n      viewerSupports\n    }\n  }\n"): typeof import('./graphql').SupportAmendmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportCovenant($covenantId: ID!) {\n    supportCovenant(covenantId: $covenantId) {\n      id\n      supportCount\n    }\n  }\n"): typeof import('./graphql').SupportCovenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenConsultation($covenantId: ID!) {\n    openConsultation(covenantId: $covenantId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OpenConsultationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenForSignature($covenantId: ID!) {\n    openForSignature(covenantId: $covenantId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OpenForSignatureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnToDraft($covenantId: ID!, $reason: String!) {\n    returnToDraft(covenantId: $covenantId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReturnToDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartReview($covenantId: ID!) {\n    startReview(covenantId: $covenantId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').StartReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndCovenant($covenantId: ID!, $reason: String!) {\n    endCovenant(covenantId: $covenantId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').EndCovenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawCovenant($covenantId: ID!, $reason: String!) {\n    withdrawCovenant(covenantId: $covenantId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WithdrawCovenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommitment($input: UpdateCommitmentInput!) {\n    updateCommitment(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').UpdateCommitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawAmendment($amendmentId: ID!) {\n    withdrawAmendment(amendmentId: $amendmentId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WithdrawAmendmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CovenantSearch($search: String, $first: Int, $after: ID) {\n    covenantCount(search: $search)\n    covenants(search: $search, first: $first, after: $after) {\n      id\n      slug\n      title\n      status\n      updatedAt\n      neighbourhood {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CovenantSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhoods($search: String, $first: Int) {\n    neighbourhoods(search: $search, first: $first) {\n      id\n      slug\n      name\n      description\n      areaCodes\n      localAuthority {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingInvitations {\n    pendingInvitations {\n      id\n      role\n      invitedAt\n      organisation {\n        id\n        name\n      }\n      covenant {\n        id\n        slug\n        title\n        summary\n        neighbourhood {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PendingInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToInvitation($partyId: ID!, $accept: Boolean!) {\n    respondToInvitation(partyId: $partyId, accept: $accept) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RespondToInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendEmailVerification {\n    resendEmailVerification\n  }\n"): typeof import('./graphql').ResendEmailVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewOrganisationVerification($organisationId: ID!, $approve: Boolean!, $note: String!) {\n    reviewOrganisationVerification(organisationId: $organisationId, approve: $approve, note: $note) {\n      id\n      name\n      verification {\n        status\n        domains\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewOrganisationVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationRequests {\n    verificationRequests(first: 100) {\n      id\n      slug\n      name\n      kind\n      website\n      verification {\n        status\n        requestedDomain\n        evidence\n        requestedAt\n      }\n    }\n  }\n"): typeof import('./graphql').VerificationRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n"): typeof import('./graphql').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalPicture {\n    nationalPicture {\n      neighbourhoods\n      covenantsByStatus {\n        status\n        count\n      }\n      commitments {\n        total\n        overdue\n        byProgress {\n          progress\n          count\n        }\n      }\n      assetsListed\n      moratoriaActive\n      serviceRequestsOverdue\n      escalationsOpen\n      generatedAt\n      councils {\n        council {\n          id\n          slug\n          name\n        }\n        covenantsInForce\n        commitments\n        delivered\n        overdue\n      }\n    }\n  }\n"): typeof import('./graphql').NationalPictureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNeighbourhood($input: CreateNeighbourhoodInput!) {\n    createNeighbourhood(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').CreateNeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocalAuthorities {\n    organisations(kind: LOCAL_AUTHORITY, first: 100) {\n      id\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').LocalAuthoritiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhood($slug: String!, $first: Int!, $after: ID) {\n    neighbourhood(slug: $slug) {\n      id\n      slug\n      name\n      description\n      areaCodes\n      boundary\n      createdAt\n      localAuthority {\n        id\n        slug\n        name\n        verification {\n          status\n          domains\n        }\n      }\n      covenantCount\n      covenants(first: $first, after: $after) {\n        id\n        slug\n        title\n        summary\n        status\n        commitments {\n          id\n          progress\n          overdue\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    notifications(first: 20) {\n      id\n      kind\n      title\n      body\n      link\n      read\n      createdAt\n    }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      role\n      position\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').AddMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').CreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationCommitments($organisationId: ID!, $first: Int!, $after: ID) {\n    commitments(organisationId: $organisationId, first: $first, after: $after) {\n      id\n      title\n      dueOn\n      progress\n      percentComplete\n      overdue\n      covenant {\n        id\n        slug\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationCommitmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisation($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      description\n      website\n      createdAt\n      viewerRole\n      verification {\n        status\n        domains\n        verifiedAt\n        note\n        requestedDomain\n        requestedAt\n      }\n      parties {\n        id\n        role\n        status\n        covenant {\n          id\n          slug\n          title\n          status\n          neighbourhood {\n            id\n            name\n          }\n        }\n      }\n      members {\n        id\n        role\n        position\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"): typeof import('./graphql').RemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestOrganisationVerification($organisationId: ID!, $domain: String!, $evidence: String) {\n    requestOrganisationVerification(organisationId: $organisationId, domain: $domain, evidence: $evidence) {\n      id\n      verification {\n        status\n        requestedDomain\n        requestedAt\n      }\n    }\n  }\n"): typeof import('./graphql').RequestOrganisationVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMembership($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      id\n      role\n      position\n    }\n  }\n"): typeof import('./graphql').UpdateMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceBudget($budgetId: ID!) {\n    advanceBudget(budgetId: $budgetId) {\n      id\n      phase\n    }\n  }\n"): typeof import('./graphql').AdvanceBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Asset($slug: String!) {\n    asset(slug: $slug) {\n      id\n      slug\n      name\n      description\n      address\n      ownerName\n      status\n      nominatedAt\n      decisionDueOn\n      decidedOn\n      decisionReason\n      listedUntil\n      neighbourhood {\n        id\n        slug\n        name\n        localAuthority {\n          id\n          name\n        }\n      }\n      nominatedBy {\n        id\n        slug\n        name\n      }\n      disposal {\n        notifiedOn\n        phase\n        phaseEndsOn\n        daysLeft\n        interimEndsOn\n        fullMoratoriumEndsOn\n        protectedPeriodEndsOn\n        bidder {\n          id\n          slug\n          name\n        }\n        timeline {\n          phase\n          from\n          to\n        }\n      }\n      covenants {\n        id\n        slug\n        title\n        status\n      }\n      ruleSet {\n        id\n        name\n        source\n      }\n      viewerCan {\n        decide\n        recordDisposal\n        requestToBid\n      }\n    }\n  }\n"): typeof import('./graphql').AssetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipatoryBudget($id: ID!) {\n    participatoryBudget(id: $id) {\n      id\n      title\n      amount\n      phase\n      ballots\n      viewerBallot\n      share\n      spent\n      createdAt\n      covenant {\n        id\n        slug\n        title\n        status\n      }\n      fundedBy {\n        id\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n      projects {\n        id\n        title\n        description\n        cost\n        votes\n        selected\n        chosenBy\n        paidPerSupporter\n        createdAt\n        proposedBy {\n          id\n          displayName\n        }\n        commitment {\n          id\n        }\n      }\n      viewerCan {\n        propose\n        advance\n        vote\n      }\n    }\n  }\n"): typeof import('./graphql').ParticipatoryBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastBallot($budgetId: ID!, $projectIds: [ID!]!) {\n    castBallot(budgetId: $budgetId, projectIds: $projectIds) {\n      id\n      ballots\n      viewerBallot\n    }\n  }\n"): typeof import('./graphql').CastBallotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideNomination($assetId: ID!, $listed: Boolean!, $reason: String!, $decidedOn: Date) {\n    decideNomination(assetId: $assetId, listed: $listed, reason: $reason, decidedOn: $decidedOn) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DecideNominationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeighbourhoodRights($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      slug\n      name\n      localAuthority {\n        id\n        slug\n        name\n      }\n      assets {\n        id\n        slug\n        name\n        address\n        status\n        decisionDueOn\n        listedUntil\n        disposal {\n          phase\n          phaseEndsOn\n          daysLeft\n          protectedPeriodEndsOn\n        }\n      }\n      serviceRequests {\n        id\n        slug\n        service\n        status\n        submittedAt\n        responseDueOn\n        overdue\n        daysLeft\n        requester {\n          id\n          name\n        }\n        publicBody {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodRightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NominateAsset($input: NominateAssetInput!) {\n    nominateAsset(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').NominateAssetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeProject($budgetId: ID!, $title: String!, $description: String, $cost: Int!) {\n    proposeProject(budgetId: $budgetId, title: $title, description: $description, cost: $cost) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').ProposeProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicBodySearch($search: String!) {\n    publicBodies: organisations(search: $search, kind: PUBLIC_BODY, first: 10) {\n      id\n      name\n      verification {\n        status\n      }\n    }\n    councils: organisations(search: $search, kind: LOCAL_AUTHORITY, first: 10) {\n      id\n      name\n      verification {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').PublicBodySearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDisposalNotice($assetId: ID!, $notifiedOn: Date!) {\n    recordDisposalNotice(assetId: $assetId, notifiedOn: $notifiedOn) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RecordDisposalNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestToBid($assetId: ID!, $organisationId: ID!) {\n    requestToBid(assetId: $assetId, organisationId: $organisationId) {\n      id\n      disposal {\n        fullMoratoriumEndsOn\n        bidder {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RequestToBidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToServiceRequest($requestId: ID!, $status: ServiceRequestStatus!, $response: String!) {\n    respondToServiceRequest(requestId: $requestId, status: $status, response: $response) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RespondToServiceRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequest($slug: String!) {\n    serviceRequest(slug: $slug) {\n      id\n      slug\n      service\n      proposal\n      status\n      submittedAt\n      responseDueOn\n      respondedAt\n      response\n      overdue\n      daysLeft\n      neighbourhood {\n        id\n        slug\n        name\n      }\n      requester {\n        id\n        slug\n        name\n      }\n      publicBody {\n        id\n        slug\n        name\n        verification {\n          status\n          domains\n        }\n      }\n      viewerCan {\n        respond\n        withdraw\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitServiceRequest($input: ServiceRequestInput!) {\n    submitServiceRequest(input: $input) {\n      id\n      slug\n    }\n  }\n"): typeof import('./graphql').SubmitServiceRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawServiceRequest($requestId: ID!) {\n    withdrawServiceRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WithdrawServiceRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationCovenant($slug: String!) {\n    covenant(slug: $slug) {\n      id\n      slug\n      title\n      status\n      viewerCan {\n        readWorkingDraft\n      }\n      neighbourhood {\n        name\n        slug\n      }\n      versions {\n        id\n        number\n        status\n        contentHash\n        frozenAt\n        complete\n        inForceFrom\n        seal\n        sealKeyId\n        canonicalContent\n        signatures {\n          id\n          signerName\n          signerPosition\n          signedAt\n          contentHash\n          countersignature\n          status\n          mandate\n          organisationVerified\n          signerDomain\n          party {\n            id\n            role\n            organisation {\n              name\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VerificationCovenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyCovenant($covenantId: ID!) {\n    verifyCovenant(covenantId: $covenantId) {\n      valid\n      contentHashValid\n      htmlValid\n      signaturesValid\n      sealValid\n      auditChainValid\n      auditEventsChecked\n      problems\n    }\n  }\n"): typeof import('./graphql').VerifyCovenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitmentRecord on Commitment {\n    id\n    title\n    description\n    measure\n    right\n    dueOn\n    progress\n    percentComplete\n    overdue\n    party {\n      id\n    }\n    asset {\n      id\n      slug\n      name\n    }\n    budget {\n      id\n      title\n    }\n    updates {\n      id\n      progress\n      percentComplete\n      note\n      evidenceUrl\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').CommitmentRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      isSteward\n      isCommissioner\n      memberships {\n        id\n        role\n        position\n        organisation {\n          id\n          slug\n          name\n          kind\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
